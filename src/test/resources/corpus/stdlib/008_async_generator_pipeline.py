# A data pipeline built from async generators: each stage consumes the one before it.
import asyncio
from typing import AsyncIterator


async def read_lines(lines: list[str]) -> AsyncIterator[str]:
    for line in lines:
        await asyncio.sleep(0.1)  # pretend each line arrives from the network
        yield line


async def parse(source: AsyncIterator[str]) -> AsyncIterator[tuple[str, int]]:
    async for line in source:
        name, _, value = line.partition("=")
        if value.strip().isdigit():
            yield name.strip(), int(value)
        else:
            print(f"  skipped bad line {line!r}")


async def running_total(source: AsyncIterator[tuple[str, int]]) -> AsyncIterator[str]:
    total = 0
    async for name, value in source:
        total += value
        yield f"{name:<8}{value:>4}{total:>6}"


async def main() -> None:
    data = ["apples = 3", "pears = 5", "oops", "plums = 12", "figs = x", "kiwis = 1"]
    async for row in running_total(parse(read_lines(data))):
        print(row)
    print("pipeline drained")


if __name__ == "__main__":
    asyncio.run(main())
