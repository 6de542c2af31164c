# After cancellation a task may still await in finally; the sleep there is not interrupted.
import asyncio


async def job(start):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(5)
    finally:
        print("finally begins at", round(loop.time() - start, 1))
        await asyncio.sleep(0.2)
        print("finally ends at", round(loop.time() - start, 1))


async def main():
    start = asyncio.get_running_loop().time()
    task = asyncio.create_task(job(start))
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print("task cancelled:", task.cancelled())


asyncio.run(main())
