# sleep(0) yields without waiting: two tasks hand control back and forth.
import asyncio


async def player(name, hits):
    for i in range(hits):
        print(f"{name} {i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(player("ping", 4), player("pong", 4))


asyncio.run(main())
