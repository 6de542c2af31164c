# wait_for returns the result when the awaitable finishes within the timeout.
import asyncio


async def fetch_config():
    await asyncio.sleep(0.2)
    return {"retries": 3}


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    config = await asyncio.wait_for(fetch_config(), timeout=1.0)
    print(config, "after", round(loop.time() - start, 1), "s")
    print("no timeout:", await asyncio.wait_for(fetch_config(), timeout=None))


asyncio.run(main())
