# cancel() on a task that already finished does nothing and returns False.
import asyncio


async def quick():
    return "quick result"


async def failing():
    raise ValueError("bad input")


async def main():
    ok = asyncio.create_task(quick())
    bad = asyncio.create_task(failing())
    await asyncio.wait([ok, bad])
    print("cancel finished:", ok.cancel(), "->", ok.result())
    print("cancel failed:", bad.cancel(), "->", repr(bad.exception()))
    print("cancelled flags:", ok.cancelled(), bad.cancelled())


asyncio.run(main())
