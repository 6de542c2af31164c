# 50,000 fetches through a Semaphore(100); asyncio.sleep stands in for the network.
import asyncio


async def fetch(sem, i):
    async with sem:
        await asyncio.sleep(0.001)
        return i % 7


async def main():
    sem = asyncio.Semaphore(100)
    results = await asyncio.gather(*(fetch(sem, i) for i in range(50_000)))
    print(sum(results))


asyncio.run(main())
