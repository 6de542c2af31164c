# Async comprehensions: `async for` and `await` inside list, set and dict comprehensions.
import asyncio


async def numbers(limit: int):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i


async def square(x: int) -> int:
    await asyncio.sleep(0.1)
    return x * x


async def main() -> None:
    evens = [n async for n in numbers(10) if n % 2 == 0]
    print(evens)
    squares = {n: n * n async for n in numbers(4)}
    print(squares)
    remainders = {n % 3 async for n in numbers(9)}
    print(sorted(remainders))
    awaited = [await square(n) for n in range(3)]
    print(awaited)
    both = [await square(n) async for n in numbers(3)]
    print(both)
    gen = (n * 10 async for n in numbers(3))
    print(type(gen).__name__)
    print([x async for x in gen])


asyncio.run(main())
