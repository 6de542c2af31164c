# A small crawler that logs what it does: concurrent fetches with aiohttp, a semaphore to limit
# concurrency, and logging instead of print (the simulated network answers; see .net.json).
import asyncio
import logging
import sys

import aiohttp

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("crawler")
log.setLevel(logging.DEBUG)  # our own debug lines only, not every library's

URLS = [
    "https://example.com/",
    "https://example.com/about",
    "https://slow.example.com/big",
    "https://broken.example.com/",
    "https://down.example.com/",
    "https://example.org/news",
]


async def fetch(session: aiohttp.ClientSession, url: str, limit: asyncio.Semaphore) -> tuple[str, int]:
    async with limit:
        log.debug("GET %s", url)
        try:
            async with session.get(url) as resp:
                body = await resp.text()
                if resp.status >= 400:
                    log.warning("%s answered %d", url, resp.status)
                else:
                    log.info("%s: %d bytes", url, len(body))
                return url, resp.status
        except aiohttp.ClientConnectionError as e:
            log.error("%s failed: %s", url, type(e).__name__)
            return url, 0


async def main() -> None:
    limit = asyncio.Semaphore(2)
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, u, limit) for u in URLS))
    ok = [url for url, status in results if status == 200]
    log.info("crawled %d pages, %d ok, in %.1f s", len(results), len(ok), loop.time() - start)


if __name__ == "__main__":
    asyncio.run(main())
