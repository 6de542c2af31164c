# typing names for asynchronous code: Awaitable, Coroutine, AsyncIterator, AsyncGenerator.
import asyncio
from typing import AsyncGenerator, AsyncIterator, Awaitable, Callable, Coroutine, Any, Optional


async def fetch(n: int) -> int:
    await asyncio.sleep(0.1)
    return n * 2


async def gen(limit: int) -> AsyncGenerator[int, None]:
    for i in range(limit):
        yield i


async def collect(source: AsyncIterator[int]) -> list[int]:
    return [x async for x in source]


async def run_all(jobs: list[Awaitable[int]]) -> list[int]:
    return list(await asyncio.gather(*jobs))


Handler = Callable[[int], Coroutine[Any, Any, int]]


async def call(handler: Handler, value: int, timeout: Optional[float] = None) -> int:
    return await asyncio.wait_for(handler(value), timeout)


async def main() -> None:
    print(await collect(gen(4)))
    print(await run_all([fetch(i) for i in range(3)]))
    print(await call(fetch, 21))
    print(await call(fetch, 5, timeout=1.0))
    print(sorted(call.__annotations__))


asyncio.run(main())
