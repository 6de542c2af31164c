# An exception in the body of the async with block also cancels the group's tasks.
import asyncio


async def background(name):
    try:
        await asyncio.sleep(1)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(background("a"))
            tg.create_task(background("b"))
            await asyncio.sleep(0.1)
            raise ValueError("body failed")
    except ExceptionGroup as eg:
        print("group:", [repr(e) for e in eg.exceptions])


asyncio.run(main())
