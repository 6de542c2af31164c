# An async generator pipeline that is stopped early: closing the last stage closes the
# ones it consumes, each running its cleanup.
import asyncio
from typing import AsyncIterator


async def produce(n: int) -> AsyncIterator[int]:
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            print(f"produce {i}")
            yield i
    finally:
        print("producer closed")


async def double(source: AsyncIterator[int]) -> AsyncIterator[int]:
    try:
        async for x in source:
            yield x * 2
    finally:
        await source.aclose()
        print("doubler closed")


async def take_while_small(source: AsyncIterator[int], limit: int) -> AsyncIterator[int]:
    try:
        async for x in source:
            if x > limit:
                return
            yield x
    finally:
        await source.aclose()
        print("filter closed")


async def main() -> None:
    pipeline = take_while_small(double(produce(10)), limit=4)
    async for value in pipeline:
        print("consume", value)
    print("pipeline finished early")

    stage = double(produce(10))
    print("first", await anext(stage))
    await stage.aclose()
    print("closed by hand")

    results = [x async for x in double(produce(3))]
    print(results)


asyncio.run(main())
