# Cancelling a sleeping task throws CancelledError into it at the await where it sleeps.
import asyncio


async def sleeper(start):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("woken by cancellation at", round(loop.time() - start, 1))
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(sleeper(start))
    await asyncio.sleep(0.3)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main saw the cancellation at", round(loop.time() - start, 1))


asyncio.run(main())
