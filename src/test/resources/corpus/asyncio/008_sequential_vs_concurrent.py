# The same three waits, first sequential, then concurrent with gather.
import asyncio


async def wait(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for s in (0.1, 0.2, 0.3):
        await wait(s)
    print("sequential:", round(loop.time() - start, 1))

    start = loop.time()
    results = await asyncio.gather(wait(0.1), wait(0.2), wait(0.3))
    print("concurrent:", round(loop.time() - start, 1), results)


asyncio.run(main())
