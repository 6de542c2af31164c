# A task cancelled before its first step never runs its body at all.
import asyncio


async def body():
    print("body started")  # never printed
    try:
        await asyncio.sleep(1)
    finally:
        print("finally of body")  # never printed either


async def main():
    task = asyncio.create_task(body())
    print("cancel returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print("cancelled:", task.cancelled())


asyncio.run(main())
