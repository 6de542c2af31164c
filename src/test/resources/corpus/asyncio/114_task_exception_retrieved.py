# A failed task keeps its exception; exception() retrieves it without raising.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0.1)
    return a / b


async def main():
    tasks = [asyncio.create_task(divide(1, d)) for d in (2, 0, 4)]
    await asyncio.wait(tasks)
    for task in tasks:
        error = task.exception()
        if error is None:
            print("ok:", task.result())
        else:
            print("error:", type(error).__name__, "-", error)


asyncio.run(main())
