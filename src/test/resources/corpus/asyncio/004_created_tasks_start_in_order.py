# Tasks created one after another start in the order they were created.
import asyncio


async def job(n):
    print(f"job {n} starts")
    await asyncio.sleep(0.1)
    print(f"job {n} ends")


async def main():
    tasks = []
    for n in range(5):
        tasks.append(asyncio.create_task(job(n)))
        print(f"created job {n}")
    print("main awaits")
    for task in tasks:
        await task


asyncio.run(main())
