import asyncio


async def work():
    try:
        while True:
            await asyncio.sleep(0.5)
            print("working")
    except asyncio.CancelledError:
        # cleanup here
        print("cleaning up")
        raise


async def main():
    task = asyncio.create_task(work())
    await asyncio.sleep(1.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("Cancelled")


asyncio.run(main())
