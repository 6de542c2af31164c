# Cancelling twice counts two requests, but the task still sees one CancelledError.
import asyncio


async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("job sees cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    print("first cancel:", task.cancel())
    print("second cancel:", task.cancel())
    print("cancelling():", task.cancelling())
    await asyncio.wait([task])
    print("cancelled:", task.cancelled())
    print("third cancel, on a done task:", task.cancel())


asyncio.run(main())
