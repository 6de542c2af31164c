# A bare Future is a promise: whoever awaits it waits until someone sets a result.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.create_future()
    print("done before:", fut.done())
    loop.call_later(0.5, fut.set_result, "delivered")
    value = await fut
    print(value, "after", round(loop.time() - start, 1), "s")
    print("done after:", fut.done())


asyncio.run(main())
