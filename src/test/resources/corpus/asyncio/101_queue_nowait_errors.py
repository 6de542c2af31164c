# The _nowait methods never wait: they raise QueueEmpty or QueueFull instead.
import asyncio


async def main():
    queue = asyncio.Queue(maxsize=1)
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on an empty queue: QueueEmpty")
    queue.put_nowait("only")
    print("full:", queue.full(), "empty:", queue.empty(), "size:", queue.qsize())
    try:
        queue.put_nowait("extra")
    except asyncio.QueueFull:
        print("put_nowait on a full queue: QueueFull")
    print("got", queue.get_nowait())
    try:
        await asyncio.wait_for(queue.get(), timeout=0.2)
    except TimeoutError:
        print("get() gave up after the timeout")


asyncio.run(main())
