# Once a TaskGroup is shutting down or finished, it refuses new tasks.
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise KeyError("gone")


async def spawner(tg):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        coro = asyncio.sleep(1)
        try:
            tg.create_task(coro)
        except RuntimeError as e:
            coro.close()  # the coroutine never ran; close it to avoid a "never awaited" warning
            print("during shutdown:", e)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            tg.create_task(spawner(tg))
    except* KeyError:
        print("KeyError group caught")
    coro = asyncio.sleep(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        coro.close()
        print("after exit:", e)


asyncio.run(main())
