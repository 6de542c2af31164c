# 10,000 tasks, each awaiting asyncio.sleep(0) 100 times.
import asyncio


async def worker(n):
    for _ in range(100):
        await asyncio.sleep(0)
    return n


async def main():
    results = await asyncio.gather(*(worker(i) for i in range(10_000)))
    print(len(results), sum(results))


asyncio.run(main())
