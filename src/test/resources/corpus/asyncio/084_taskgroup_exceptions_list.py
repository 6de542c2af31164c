# Catching the ExceptionGroup itself: its message and its exceptions, in the order the tasks failed.
import asyncio


async def risky(n, go):
    await go.wait()  # all tasks resume in the same iteration, so both failures are collected
    if n != 2:
        raise ValueError(f"task {n} failed")
    return n


async def main():
    go = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (3, 1, 2):
                tg.create_task(risky(n, go))
            asyncio.get_running_loop().call_later(0.1, go.set)
    except ExceptionGroup as e:
        print(e.message)
        print(len(e.exceptions), "exception(s):")
        for error in e.exceptions:
            print(" -", type(error).__name__, error)


asyncio.run(main())
