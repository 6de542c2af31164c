# A session-wide ClientTimeout applies to every request; /delay/N answers after N more seconds.
import asyncio
import aiohttp


async def main():
    loop = asyncio.get_running_loop()
    timeout = aiohttp.ClientTimeout(total=0.5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for url in ["https://httpbin.org/delay/0", "https://httpbin.org/delay/1"]:
            start = loop.time()
            try:
                async with session.get(url) as resp:
                    data = await resp.json()
                    print(url, "->", data["url"], "in", round(loop.time() - start, 1), "s")
            except TimeoutError:
                print(url, "-> TimeoutError after", round(loop.time() - start, 1), "s")
    print("session closed:", session.closed)


asyncio.run(main())
