# A Semaphore(2) lets at most two tasks inside at once; the count shows it is never exceeded.
# Jobs take different times, so the next waiter enters as soon as any slot frees up.
import asyncio

inside = 0


async def download(n, seconds, sem):
    global inside
    async with sem:
        inside += 1
        print(f"job {n} enters, {inside} inside")
        await asyncio.sleep(seconds)
        inside -= 1
        print(f"job {n} leaves")


async def main():
    sem = asyncio.Semaphore(2)
    durations = [0.3, 0.2, 0.4, 0.1, 0.3]
    await asyncio.gather(*(download(n, s, sem) for n, s in enumerate(durations)))
    print("all jobs done; inside =", inside)


asyncio.run(main())
