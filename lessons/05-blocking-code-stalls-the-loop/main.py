import asyncio
import time


async def ticker():
    for i in range(3):
        print(f"tick {i}")
        await asyncio.sleep(0.1)


async def blocker():
    print("blocker: time.sleep(0.5)")
    time.sleep(0.5)  # blocks the whole loop
    print("blocker: awake")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(ticker(), blocker())
    print(f"took {loop.time() - start:.1f} s")


asyncio.run(main())
