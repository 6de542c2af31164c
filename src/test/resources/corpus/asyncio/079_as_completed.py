# as_completed() yields awaitables in the order the work finishes.
import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} ({seconds} s)"


async def main():
    jobs = [download("big", 0.6), download("small", 0.1), download("medium", 0.3)]
    for n, next_done in enumerate(asyncio.as_completed(jobs), 1):
        print(n, await next_done)


asyncio.run(main())
