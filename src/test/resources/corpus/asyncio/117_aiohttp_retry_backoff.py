# Retry with exponential back-off: the first two connections to flaky.example.com are refused
# (see 117_aiohttp_retry_backoff.net.json), the third one succeeds.
import asyncio
import aiohttp


async def fetch_with_retry(session, url, attempts=4, delay=0.1):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for attempt in range(1, attempts + 1):
        try:
            async with session.get(url) as resp:
                print(f"attempt {attempt}: {resp.status} at {round(loop.time() - start, 1)} s")
                return await resp.text()
        except aiohttp.ClientConnectionError as e:
            print(f"attempt {attempt}: {e}")
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2


async def main():
    async with aiohttp.ClientSession() as session:
        body = await fetch_with_retry(session, "https://flaky.example.com/status")
        print(body)


asyncio.run(main())
