# A task waiting on a future: cancelling the task cancels the future it waits on.
import asyncio


async def wait_for_signal(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(wait_for_signal(fut))
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.sleep(0)
    print("future cancelled?", fut.cancelled())
    await asyncio.wait([task])
    print("task cancelled?", task.cancelled())


asyncio.run(main())
