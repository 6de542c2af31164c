# cancel(msg) carries a message to the CancelledError seen inside the task and by its awaiter.
import asyncio


async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print("awaiter:", e.args)


asyncio.run(main())
