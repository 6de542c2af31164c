# create_task() only schedules the task; it first runs when the creator gives up control.
import asyncio


async def child():
    print("child: first step")
    await asyncio.sleep(0)
    print("child: second step")


async def main():
    task = asyncio.create_task(child())
    print("main: task created")
    print("main: still running, child has not started")
    await asyncio.sleep(0)
    print("main: back after one hand-off")
    await task
    print("main: child finished")


asyncio.run(main())
