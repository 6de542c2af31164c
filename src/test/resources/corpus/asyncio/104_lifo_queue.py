# A LifoQueue is a stack: the last item put is the first one out.
import asyncio


async def main():
    stack = asyncio.LifoQueue()
    for page in ["home", "search", "results", "item"]:
        stack.put_nowait(page)
    print("going back:")
    while not stack.empty():
        print(" ", await stack.get())


asyncio.run(main())
