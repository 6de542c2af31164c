# When one task in a TaskGroup fails, the group cancels the others and raises an ExceptionGroup.
import asyncio


async def worker(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ConnectionError(f"{name} lost connection")
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.1))
            tg.create_task(worker("failing", 0.2, fail=True))
            tg.create_task(worker("slow", 1.0))
            tg.create_task(worker("slower", 2.0))
    except ExceptionGroup as eg:
        print("caught:", eg)


asyncio.run(main())
