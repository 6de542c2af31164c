# Cancelling the future returned by gather() cancels every child that is still running.
import asyncio


async def child(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    group = asyncio.gather(child("short", 0.1), child("long", 1), child("longer", 2))
    await asyncio.sleep(0.3)
    print("cancel gather:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("gather raised CancelledError")


asyncio.run(main())
