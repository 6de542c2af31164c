# The usual pattern: catch CancelledError, clean up, and re-raise so the task ends cancelled.
import asyncio


async def save_progress(done):
    await asyncio.sleep(0.1)  # cleanup may await, too
    print("saved progress:", done)


async def worker():
    done = 0
    try:
        while True:
            await asyncio.sleep(0.2)
            done += 1
    except asyncio.CancelledError:
        await save_progress(done)
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.7)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("worker cancelled:", task.cancelled())


asyncio.run(main())
