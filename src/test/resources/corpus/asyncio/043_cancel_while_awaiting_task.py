# Cancelling a task that awaits another task cancels the awaited task too.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
        return "inner result"
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(inner_task):
    try:
        return await inner_task
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    inner_task = asyncio.create_task(inner())
    outer_task = asyncio.create_task(outer(inner_task))
    await asyncio.sleep(0.1)
    outer_task.cancel()
    await asyncio.wait([outer_task, inner_task])
    print("outer cancelled?", outer_task.cancelled())
    print("inner cancelled?", inner_task.cancelled())


asyncio.run(main())
