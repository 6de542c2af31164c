# Reading from a slow async source with asyncio.timeout (3.11) around each step and around the whole loop.
import asyncio
from typing import AsyncIterator


async def sensor(readings: list[tuple[float, int]]) -> AsyncIterator[int]:
    for delay, value in readings:
        await asyncio.sleep(delay)
        yield value


async def read_with_step_timeout(source: AsyncIterator[int], step: float) -> list[int]:
    values = []
    while True:
        try:
            async with asyncio.timeout(step):
                values.append(await anext(source))
        except StopAsyncIteration:
            return values
        except TimeoutError:
            print(f"  no reading within {step} s, stopping")
            await source.aclose()
            return values


async def main() -> None:
    data = [(0.1, 20), (0.1, 21), (0.4, 22), (0.1, 23)]
    print(await read_with_step_timeout(sensor(data), 0.2))
    print(await read_with_step_timeout(sensor(data[:2]), 0.2))

    loop = asyncio.get_running_loop()
    collected = []
    try:
        async with asyncio.timeout(0.5) as cm:
            async for value in sensor([(0.2, 1)] * 5):
                collected.append(value)
    except TimeoutError:
        print("overall timeout:", collected, cm.expired())


asyncio.run(main())
