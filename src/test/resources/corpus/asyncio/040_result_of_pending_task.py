# Asking a running task for its result is an error; await it instead.
import asyncio


async def slow():
    await asyncio.sleep(0.2)
    return "finally"


async def main():
    task = asyncio.create_task(slow())
    try:
        task.result()
    except asyncio.InvalidStateError as e:
        print("result() too early:", e)
    try:
        task.exception()
    except asyncio.InvalidStateError as e:
        print("exception() too early:", e)
    print("awaited:", await task)
    print("exception() after success:", task.exception())


asyncio.run(main())
