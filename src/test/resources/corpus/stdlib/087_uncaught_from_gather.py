# An exception inside a gathered coroutine propagates out of asyncio.run and ends the program.
import asyncio


async def lookup(table: dict[str, int], key: str, delay: float) -> int:
    await asyncio.sleep(delay)
    return table[key]


async def main() -> None:
    prices = {"tea": 3, "coffee": 4}
    print(await asyncio.gather(lookup(prices, "tea", 0.1), lookup(prices, "coffee", 0.2)))
    print(await asyncio.gather(lookup(prices, "tea", 0.1), lookup(prices, "cocoa", 0.2)))
    print("not reached")


if __name__ == "__main__":
    asyncio.run(main())
