# to_thread() runs blocking code in a thread, so the loop keeps serving other tasks meanwhile.
import asyncio
import time


def read_sensor():
    time.sleep(0.5)
    return 21.5


async def ticker(start):
    loop = asyncio.get_running_loop()
    for _ in range(3):
        await asyncio.sleep(0.2)
        print("tick at", round(loop.time() - start, 1))


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    temperature, _ = await asyncio.gather(asyncio.to_thread(read_sensor), ticker(start))
    print("temperature", temperature, "by", round(loop.time() - start, 1))


asyncio.run(main())
