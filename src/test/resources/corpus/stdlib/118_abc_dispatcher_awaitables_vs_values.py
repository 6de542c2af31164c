"""A dispatcher that accepts whatever a job hands back: awaitables are awaited, async iterables drained,
mappings merged, other iterables listed, callables called; all told apart with collections.abc."""
import asyncio
from collections.abc import (AsyncIterable, AsyncIterator, Awaitable, Callable, Coroutine, Generator, Hashable,
                             Iterable, Iterator, Mapping, Sequence, Set, Sized)


class Ticket:
    def __init__(self, delay, value):
        self.delay, self.value = delay, value

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return self.value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.01)
        self.n -= 1
        return self.n


async def compute(x):
    await asyncio.sleep(0.05)
    return x * 10


async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i


def gen():
    yield from "ab"


async def resolve(value):
    if isinstance(value, Awaitable):
        kind = "coroutine" if isinstance(value, Coroutine) else "awaitable"
        return kind, await value
    if isinstance(value, AsyncIterable):
        kind = "async iterator" if isinstance(value, AsyncIterator) else "async iterable"
        return kind, [x async for x in value]
    if isinstance(value, Mapping):
        return "mapping", dict(sorted(value.items()))
    if isinstance(value, (str, bytes)):
        return "text", value
    if isinstance(value, Set):
        return "set", sorted(value)
    if isinstance(value, Sequence):
        return "sequence", list(value)
    if isinstance(value, Iterable):
        kind = "generator" if isinstance(value, Generator) else "iterator" if isinstance(value, Iterator) else "iterable"
        return kind, list(value)
    if isinstance(value, Callable):
        return "callable", value()
    return "plain", value


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "from future")
    task = asyncio.create_task(compute(4))
    inputs = [compute(1), Ticket(0.03, "ticket"), fut, task, agen(), Countdown(3), {"b": 2, "a": 1},
              "text", b"raw", {3, 1, 2}, frozenset({9}), (1, 2), range(3), [4, 5], gen(), iter([7]),
              {}.keys(), lambda: "called", 42, None, 2.5]
    results = await asyncio.gather(*(resolve(v) for v in inputs))
    for kind, value in results:
        print(f"{kind:15} {value!r}")
    print([isinstance(v, Hashable) for v in ([], (), {}, "s", 1, frozenset())])
    print([isinstance(v, Sized) for v in ([], Countdown(1), {}.items(), range(2))])
    print(issubclass(type(fut), Awaitable), issubclass(type(task), Awaitable), isinstance(Countdown, Callable))


asyncio.run(main())
