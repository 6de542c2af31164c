# The guide's cancellation example, as given (indentation restored).
import asyncio

async def work():
    try:
        while True:
            await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        # cleanup here
        raise

async def main():
    task = asyncio.create_task(work())
    await asyncio.sleep(1.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("Cancelled")

asyncio.run(main())
