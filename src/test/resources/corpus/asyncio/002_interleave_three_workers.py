# Three workers with different periods: the loop wakes each one when its timer is due.
import asyncio


async def worker(name, period, start):
    # Periods 0.2, 0.3 and 0.5 never share a deadline within two rounds, so no two timers tie.
    loop = asyncio.get_running_loop()
    for _ in range(2):
        await asyncio.sleep(period)
        print(f"{round(loop.time() - start, 1)}: {name}")


async def main():
    start = asyncio.get_running_loop().time()
    await asyncio.gather(
        worker("fast", 0.2, start),
        worker("medium", 0.3, start),
        worker("slow", 0.5, start),
    )


asyncio.run(main())
