# Tasks are numbered as they are created: asyncio.run's main task is Task-1.
import asyncio


async def show():
    print("inside", asyncio.current_task().get_name())


async def main():
    print("main is", asyncio.current_task().get_name())
    first = asyncio.create_task(show())
    second = asyncio.create_task(show())
    print("created", first.get_name(), "and", second.get_name())
    await first
    await second


asyncio.run(main())
