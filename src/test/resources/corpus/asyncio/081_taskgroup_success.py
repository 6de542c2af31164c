# A TaskGroup waits for all its tasks at the end of the async with block.
import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print("fetched", name)
    return len(name)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        users = tg.create_task(fetch("users", 0.3))
        orders = tg.create_task(fetch("orders", 0.1))
        print("tasks started, block body ends here")
    print("after the block at", round(loop.time() - start, 1))
    print("results:", users.result(), orders.result())


asyncio.run(main())
