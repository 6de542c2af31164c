# Two tasks that fail in the same loop iteration both end up in the ExceptionGroup;
# a task that fails one iteration later has already been cancelled by then.
import asyncio


async def fail(message, go, extra_hops=0):
    await go.wait()
    for _ in range(extra_hops):
        await asyncio.sleep(0)
    raise RuntimeError(message)


async def main():
    go = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("first", go))
            tg.create_task(fail("second", go))
            late = tg.create_task(fail("late", go, extra_hops=1))
            await asyncio.sleep(0.2)
            go.set()
    except* RuntimeError as eg:
        print(repr(eg))
    print("late task cancelled:", late.cancelled())


asyncio.run(main())
