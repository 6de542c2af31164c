# A finished task keeps its result: awaiting it again returns at once with the same value.
import asyncio


async def compute():
    print("computing")
    await asyncio.sleep(0.1)
    return 7 * 6


async def main():
    task = asyncio.create_task(compute())
    print("first await:", await task)
    print("second await:", await task)
    print("result():", task.result())
    print("done:", task.done())


asyncio.run(main())
