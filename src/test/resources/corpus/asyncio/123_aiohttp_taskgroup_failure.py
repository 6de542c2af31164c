# In a TaskGroup, one failed request cancels the others: all or nothing.
# down.example.com refuses connections (123_aiohttp_taskgroup_failure.net.json).
import asyncio
import aiohttp


async def fetch(session, url):
    try:
        async with session.get(url) as resp:
            print("got", resp.status, "from", url)
            return await resp.text()
    except asyncio.CancelledError:
        print("cancelled", url)
        raise


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fetch(session, "https://example.com/"))
                tg.create_task(fetch(session, "https://down.example.com/"))
                tg.create_task(fetch(session, "https://httpbin.org/delay/1"))
        except* aiohttp.ClientConnectorError as eg:
            for e in eg.exceptions:
                print("failed:", e)


asyncio.run(main())
