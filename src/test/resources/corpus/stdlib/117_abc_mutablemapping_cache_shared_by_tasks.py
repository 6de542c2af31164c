"""A TTL cache written as a collections.abc.MutableMapping, shared by tasks on one event loop: the five
abstract methods are defined, get/setdefault/update/pop/items/__contains__/== come from the mixin."""
import asyncio
from collections.abc import Mapping, MutableMapping


class TTLCache(MutableMapping):
    def __init__(self, ttl):
        self._ttl = ttl
        self._data = {}

    def _now(self):
        return asyncio.get_running_loop().time()

    def __getitem__(self, key):
        value, expires = self._data[key]
        if self._now() >= expires:
            del self._data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._data[key] = (value, self._now() + self._ttl)

    def __delitem__(self, key):
        del self._data[key]

    def _purge(self):
        now = self._now()
        for key in [k for k, (_, expires) in self._data.items() if now >= expires]:
            del self._data[key]

    def __iter__(self):
        self._purge()
        return iter(list(self._data))

    def __len__(self):
        self._purge()
        return len(self._data)

    def __repr__(self):
        return f"TTLCache({dict(self.items())})"


class Incomplete(MutableMapping):
    def __getitem__(self, key):
        return 0


hits = misses = 0


async def fetch_user(cache, user_id):
    global hits, misses
    key = f"user:{user_id}"
    if key in cache:
        hits += 1
        return cache[key]
    misses += 1
    await asyncio.sleep(0.1)
    cache.setdefault(key, {"id": user_id, "name": f"u{user_id}"})
    return cache[key]


async def main():
    cache = TTLCache(ttl=0.5)
    print(isinstance(cache, MutableMapping), isinstance(cache, Mapping), isinstance(cache, dict))
    print(issubclass(TTLCache, Mapping), issubclass(dict, MutableMapping), issubclass(list, Mapping))
    first = await asyncio.gather(*(fetch_user(cache, i % 3) for i in range(6)))
    print([u["name"] for u in first], "hits", hits, "misses", misses, "len", len(cache))
    second = await asyncio.gather(*(fetch_user(cache, i) for i in range(3)))
    print([u["id"] for u in second], "hits", hits, "misses", misses)
    await asyncio.sleep(0.6)
    print("expired get:", cache.get("user:1"), "default:", cache.get("user:1", "gone"))
    cache.update({"a": 1}, b=2)
    print(sorted(cache.keys()), cache.pop("a"), cache.pop("zz", None), "b" in cache)
    print(cache == {"b": 2}, cache != {"b": 3}, len(cache))
    cache.clear()
    print(cache, len(cache))
    try:
        Incomplete()
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
