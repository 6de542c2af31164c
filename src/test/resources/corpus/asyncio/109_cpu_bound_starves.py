# A coroutine that computes without awaiting keeps every other task waiting until it yields.
import asyncio


async def chatty():
    for n in range(3):
        print("chatty", n)
        await asyncio.sleep(0)


async def cruncher():
    total = 0
    for i in range(200_000):
        total += i * i
    print("cruncher finished the whole loop first:", total)
    await asyncio.sleep(0)
    print("cruncher after yielding once")


async def main():
    await asyncio.gather(cruncher(), chatty())


asyncio.run(main())
