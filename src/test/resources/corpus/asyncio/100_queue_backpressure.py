# A bounded queue applies back-pressure: put() waits while the queue is full.
import asyncio


async def producer(queue, start):
    loop = asyncio.get_running_loop()
    for n in range(5):
        await queue.put(n)
        print(f"put {n} at {round(loop.time() - start, 1)} (size {queue.qsize()})")


async def consumer(queue, start):
    loop = asyncio.get_running_loop()
    for _ in range(5):
        await asyncio.sleep(0.3)
        n = queue.get_nowait()
        print(f"got {n} at {round(loop.time() - start, 1)}")


async def main():
    start = asyncio.get_running_loop().time()
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue, start), consumer(queue, start))


asyncio.run(main())
