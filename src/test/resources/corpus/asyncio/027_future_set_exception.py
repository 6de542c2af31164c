# A future can fail: await raises the exception that was set on it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_exception, KeyError("missing"))
    try:
        await fut
    except KeyError as e:
        print("await raised", repr(e))
    print("exception():", repr(fut.exception()))
    try:
        fut.result()
    except KeyError as e:
        print("result() raised", repr(e))


asyncio.run(main())
