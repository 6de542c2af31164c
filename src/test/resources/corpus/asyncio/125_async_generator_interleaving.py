# An async generator can await between items; other tasks run while it waits.
import asyncio


async def readings(sensor, period, count):
    for n in range(count):
        await asyncio.sleep(period)
        yield f"{sensor}#{n}"


async def collect(sensor, period, count):
    items = []
    async for item in readings(sensor, period, count):
        print("received", item)
        items.append(item)
    return items


async def main():
    temps, winds = await asyncio.gather(collect("temp", 0.2, 3), collect("wind", 0.5, 1))
    print(temps, winds)
    squares = [n * n async for n in aiter_numbers(4)]
    print("async comprehension:", squares)


async def aiter_numbers(limit):
    for n in range(limit):
        await asyncio.sleep(0)
        yield n


asyncio.run(main())
