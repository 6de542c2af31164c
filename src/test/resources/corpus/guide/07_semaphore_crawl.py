# The guide's semaphore example (SEM, fetch, crawl), as given (indentation restored).
# Added: main(), which crawls a few URLs, one of them failing, and prints what each one gave.
import asyncio
import aiohttp

SEM = asyncio.Semaphore(10)

async def fetch(session, url):
    async with SEM: # limit concurrency
        async with session.get(url, timeout=5) as r:
            r.raise_for_status()
            return await r.text()

async def crawl(urls):
    async with aiohttp.ClientSession() as session:
        return await asyncio.gather(*(fetch(session, u) for u in urls), return_exceptions=True)

async def main():
    urls = [
        "https://example.com/",
        "https://example.com/about",
        "https://httpbin.org/status/404",
        "https://no-such-host.invalid/",
    ]
    results = await crawl(urls)
    # gather(return_exceptions=True) keeps the order of urls; failures come back as exception objects.
    for url, result in zip(urls, results):
        if isinstance(result, Exception):
            print(f"{url} failed: {type(result).__name__}: {result}")
        else:
            print(f"{url} gave {len(result)} characters")

asyncio.run(main())
