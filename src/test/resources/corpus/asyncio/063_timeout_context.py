# asyncio.timeout() bounds a whole block; on expiry the block is cancelled and TimeoutError raised.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.5):
            for step in range(5):
                await asyncio.sleep(0.2)
                print("step", step, "at", round(loop.time() - start, 1))
    except TimeoutError:
        print("block timed out at", round(loop.time() - start, 1))

    async with asyncio.timeout(1):
        await asyncio.sleep(0.1)
    print("a fast block passes")


asyncio.run(main())
