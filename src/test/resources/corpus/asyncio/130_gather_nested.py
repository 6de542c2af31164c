# gather() results nest like the calls: a gather of gathers gives a list of lists.
import asyncio


async def value(v, seconds):
    await asyncio.sleep(seconds)
    return v


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    rows = await asyncio.gather(
        asyncio.gather(value("a1", 0.3), value("a2", 0.1)),
        asyncio.gather(value("b1", 0.2)),
        value("c", 0.4),
    )
    print(rows)
    print("took", round(loop.time() - start, 1), "s")


asyncio.run(main())
