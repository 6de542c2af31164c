# Bound each attempt with wait_for and retry: the first two answers are 503 (see .net.json).
import asyncio
import aiohttp


async def get_status(session, url):
    async with session.get(url) as resp:
        resp.raise_for_status()
        return await resp.text()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with aiohttp.ClientSession() as session:
        for attempt in range(1, 5):
            try:
                body = await asyncio.wait_for(get_status(session, "https://busy.example.com/"), timeout=1.0)
                print(f"attempt {attempt} succeeded at {round(loop.time() - start, 1)} s")
                print(body)
                break
            except aiohttp.ClientResponseError as e:
                print(f"attempt {attempt}: {e.status} {e.message}, retrying in {0.2 * attempt:.1f} s")
                await asyncio.sleep(0.2 * attempt)


asyncio.run(main())
