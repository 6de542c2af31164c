# raise_for_status() turns 4xx/5xx answers into ClientResponseError; status and message are kept.
# broken.example.com always answers 500 (see 118_aiohttp_server_errors.net.json).
import asyncio
import aiohttp


async def check(session, url):
    try:
        async with session.get(url) as resp:
            resp.raise_for_status()
            print("OK", resp.status, url)
    except aiohttp.ClientResponseError as e:
        print("HTTP error", e.status, e.message)
        print("  str:", e)


async def main():
    async with aiohttp.ClientSession() as session:
        for url in ["https://example.org/", "https://broken.example.com/api",
                    "https://api.github.com/users/octocat", "https://httpbin.org/status/418"]:
            await check(session, url)


asyncio.run(main())
