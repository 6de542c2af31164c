# When the timeout expires, wait_for cancels the inner work and raises TimeoutError.
import asyncio


async def slow_query():
    await asyncio.sleep(2)
    return "rows"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow_query(), timeout=0.3)
    except asyncio.TimeoutError as e:
        print("timed out after", round(loop.time() - start, 1), "s:", type(e).__name__)
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
