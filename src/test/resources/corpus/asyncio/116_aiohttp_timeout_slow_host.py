# A per-request timeout turns a slow host into a TimeoutError instead of a long wait.
# 116_aiohttp_timeout_slow_host.net.json makes slow.example.com answer after 2 s.
import asyncio
import aiohttp


async def fetch(session, url, seconds):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=seconds)) as resp:
            text = await resp.text()
            print(f"{url}: {resp.status}, {len(text)} chars in {round(loop.time() - start, 1)} s")
    except asyncio.TimeoutError:
        print(f"{url}: gave up after {round(loop.time() - start, 1)} s")


async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(
            fetch(session, "https://example.com/", 0.5),
            fetch(session, "https://slow.example.com/", 0.5),
        )


asyncio.run(main())
