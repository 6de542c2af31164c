# __await__ makes an object awaitable: here a "delayed value" that delegates to asyncio.sleep.
import asyncio


class Delayed:
    def __init__(self, value: str, delay: float) -> None:
        self.value = value
        self.delay = delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return self.value


class Ready:
    """Awaitable that finishes without suspending."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __await__(self):
        return self.value
        yield  # makes __await__ a generator


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await Delayed("first", 0.2))
    print(await Ready(42))
    results = await asyncio.gather(Delayed("a", 0.3), Delayed("b", 0.1), Ready(7))
    print(results, round(loop.time() - start, 1))
    task = asyncio.ensure_future(Delayed("wrapped", 0.1))
    print(type(task).__name__, await task)
    try:
        await asyncio.wait_for(Delayed("late", 1.0), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
