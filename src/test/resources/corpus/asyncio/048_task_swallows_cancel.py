# A task may catch CancelledError and return normally: then it is not cancelled at all.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("caught the cancellation, returning a fallback")
        return "fallback"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    print("cancel() returned", task.cancel())
    result = await task
    print("result:", result)
    print("cancelled():", task.cancelled())


asyncio.run(main())
