# A PriorityQueue hands out the smallest item first.
import asyncio


async def main():
    queue = asyncio.PriorityQueue()
    for priority, task in [(3, "write report"), (1, "fix outage"), (2, "review code"), (1, "call back")]:
        await queue.put((priority, task))
    while not queue.empty():
        priority, task = await queue.get()
        print(priority, task)


asyncio.run(main())
