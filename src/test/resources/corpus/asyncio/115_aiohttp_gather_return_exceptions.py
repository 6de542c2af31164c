# Fetch several URLs at once; return_exceptions=True keeps one bad URL from hiding the good ones.
import asyncio
import aiohttp


async def status_of(session, url):
    async with session.get(url) as resp:
        resp.raise_for_status()
        return resp.status


async def main():
    urls = [
        "https://httpbin.org/get",
        "https://httpbin.org/status/503",
        "https://api.github.com/repos/python/cpython",
        "https://unknown-host.invalid/",
    ]
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(status_of(session, u) for u in urls), return_exceptions=True)
    for url, result in zip(urls, results):
        if isinstance(result, Exception):
            print(f"{url}\n  {type(result).__name__}: {result}")
        else:
            print(f"{url}\n  {result}")


asyncio.run(main())
