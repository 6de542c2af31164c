# An LRU cache built on OrderedDict shared by concurrent fetchers; an asyncio.Lock guards each miss.
import asyncio
from collections import OrderedDict


class LRUCache(OrderedDict):
    def __init__(self, capacity: int) -> None:
        super().__init__()
        self.capacity = capacity
        self.hits = 0
        self.misses = 0

    def lookup(self, key):
        if key in self:
            self.hits += 1
            self.move_to_end(key)
            return self[key]
        self.misses += 1
        return None

    def store(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted, _ = self.popitem(last=False)
            print(f"  evicted {evicted}")


async def slow_fetch(url: str) -> str:
    await asyncio.sleep(0.05)
    return f"<page {url}>"


async def fetcher(name: str, start: float, urls: list[str], cache: LRUCache,
                  locks: dict[str, asyncio.Lock]) -> None:
    await asyncio.sleep(start)
    for url in urls:
        lock = locks.setdefault(url, asyncio.Lock())
        async with lock:
            page = cache.lookup(url)
            if page is None:
                page = await slow_fetch(url)
                cache.store(url, page)
                print(f"{name}: fetched {url}")
            else:
                print(f"{name}: cached  {url}")
        await asyncio.sleep(0.01)


async def main() -> None:
    cache = LRUCache(capacity=3)
    locks: dict[str, asyncio.Lock] = {}
    await asyncio.gather(
        fetcher("A", 0, ["/a", "/b", "/c", "/a"], cache, locks),
        fetcher("B", 0.003, ["/b", "/d", "/a", "/e"], cache, locks),
    )
    print("order:", list(cache))
    print("hits:", cache.hits, "misses:", cache.misses)
    print(isinstance(cache, dict), isinstance(cache, OrderedDict), type(cache).__name__)
    print(cache.keys())
    print(list(reversed(cache)))

    od = OrderedDict.fromkeys("abc", 0)
    od.move_to_end("a")
    od.move_to_end("c", last=False)
    print(od, od.popitem(), od)
    same_items = OrderedDict([("x", 1), ("y", 2)])
    other_order = OrderedDict([("y", 2), ("x", 1)])
    print(same_items == other_order, same_items == dict(other_order), same_items != other_order)
    print(dict(same_items), same_items | {"z": 3}, OrderedDict())
    try:
        od.move_to_end("missing")
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        OrderedDict().popitem()
    except KeyError as exc:
        print("KeyError:", exc)


asyncio.run(main())
