# An async generator: `async def` with `yield`, consumed by `async for`.
import asyncio


async def countdown(n: int, delay: float = 0.1):
    while n > 0:
        await asyncio.sleep(delay)
        yield n
        n -= 1


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    async for value in countdown(3):
        print(value, round(loop.time() - start, 1))
    print("liftoff!")
    gen = countdown(2)
    print(type(gen).__name__)
    print(await gen.__anext__())
    print(await anext(gen))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(countdown(0), "default"))


if __name__ == "__main__":
    asyncio.run(main())
