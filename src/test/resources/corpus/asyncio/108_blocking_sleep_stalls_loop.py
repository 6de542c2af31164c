# time.sleep() inside a coroutine blocks the whole loop: the ticker stops ticking meanwhile.
import asyncio
import time


async def ticker(start):
    loop = asyncio.get_running_loop()
    for _ in range(4):
        await asyncio.sleep(0.2)
        print("tick at", round(loop.time() - start, 1))


async def careless(start):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    print("careless blocks at", round(loop.time() - start, 1))
    time.sleep(1)  # wrong: should be await asyncio.sleep(1)
    print("careless unblocks at", round(loop.time() - start, 1))


async def main():
    start = asyncio.get_running_loop().time()
    await asyncio.gather(ticker(start), careless(start))


asyncio.run(main())
