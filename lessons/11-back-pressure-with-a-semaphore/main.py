import asyncio
import aiohttp

SEM = asyncio.Semaphore(10)


async def fetch(session, url):
    async with SEM:  # limit concurrency
        async with session.get(url, timeout=5) as r:
            r.raise_for_status()
            return await r.text()


async def crawl(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch(session, u) for u in urls), return_exceptions=True)


async def main():
    urls = [f"https://example.com/page/{i}" for i in range(15)]
    urls.append("https://httpbin.org/status/500")
    loop = asyncio.get_running_loop()
    start = loop.time()
    pages = await crawl(urls)
    print(f"{len(pages)} answers in {loop.time() - start:.1f} s")
    print(pages[0])
    print(type(pages[-1]).__name__)


asyncio.run(main())
