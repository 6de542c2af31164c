# A Queue hands items from a producer to a consumer; get() waits while the queue is empty.
import asyncio


async def producer(queue):
    for item in ["a", "b", "c"]:
        await asyncio.sleep(0.2)
        await queue.put(item)
        print("produced", item)
    await queue.put(None)  # a sentinel tells the consumer to stop


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            print("consumer stops")
            return
        print("consumed", item)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
