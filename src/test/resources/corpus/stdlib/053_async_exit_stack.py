# contextlib.AsyncExitStack: entering a variable number of async context managers.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def open_stream(name: str, fail: bool = False):
    await asyncio.sleep(0.1)
    if fail:
        raise ConnectionError(f"{name} refused")
    print(f"opened {name}")
    try:
        yield name.upper()
    finally:
        print(f"closed {name}")


async def main() -> None:
    names = ["alpha", "beta", "gamma"]
    async with AsyncExitStack() as stack:
        streams = [await stack.enter_async_context(open_stream(n)) for n in names]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
        print("all open:", streams)
    print("all closed")

    try:
        async with AsyncExitStack() as stack:
            for n in ["one", "two", "three"]:
                await stack.enter_async_context(open_stream(n, fail=(n == "three")))
    except ConnectionError as e:
        print("gave up:", e)

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(open_stream("kept"))
        moved = stack.pop_all()
    print("stack exited, but 'kept' is still open")
    await moved.aclose()


asyncio.run(main())
