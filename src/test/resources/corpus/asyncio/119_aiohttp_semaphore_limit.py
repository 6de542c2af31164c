# Limit concurrent requests with a Semaphore: 6 requests, 2 at a time, 0.1 s each, take 0.3 s.
import asyncio
import aiohttp

in_flight = 0
peak = 0


async def fetch(session, sem, n):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        async with session.get(f"https://httpbin.org/get?page={n}") as resp:
            data = await resp.json()
        in_flight -= 1
        return data["args"]["page"]


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(2)
    async with aiohttp.ClientSession() as session:
        pages = await asyncio.gather(*(fetch(session, sem, n) for n in range(6)))
    print("pages:", pages)
    print("peak in flight:", peak)
    print("took", round(loop.time() - start, 1), "s")


asyncio.run(main())
