# With return_exceptions=True, a cancelled child shows up as a CancelledError in the results.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    asyncio.get_running_loop().call_later(0.15, tasks[1].cancel)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in results])


asyncio.run(main())
