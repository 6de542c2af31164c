# 100,000 tasks with distinct tiny sleeps, gathered.
import asyncio


async def nap(i):
    await asyncio.sleep(i * 1e-6)
    return i


async def main():
    results = await asyncio.gather(*[nap(i) for i in range(100_000)])
    print(len(results), results[-1])


asyncio.run(main())
