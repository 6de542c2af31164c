# asyncio.run() returns what the main coroutine returns.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


async def main():
    total = 0
    for pair in [(1, 2), (3, 4)]:
        total += await add(*pair)
    return total


result = asyncio.run(main())
print("asyncio.run returned", result)
print("second run returned", asyncio.run(add(10, 20)))
