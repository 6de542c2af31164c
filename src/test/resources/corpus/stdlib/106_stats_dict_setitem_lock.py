# A dict subclass that overrides __setitem__ to keep a history; tasks update it under an asyncio.Lock.
import asyncio


class Stats(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.history: list[tuple[str, int]] = []

    def __setitem__(self, key: str, value: int) -> None:
        self.history.append((key, value))
        super().__setitem__(key, value)

    def __getitem__(self, key: str) -> int:
        return super().__getitem__(key) if key in self else 0

    def __repr__(self) -> str:
        return f"Stats({dict.__repr__(self)})"


async def count(stats: Stats, lock: asyncio.Lock, word: str, delay: float) -> None:
    await asyncio.sleep(delay)
    async with lock:
        current = stats[word]
        await asyncio.sleep(0.01)
        stats[word] = current + 1


async def main() -> None:
    stats = Stats(start=0)
    lock = asyncio.Lock()
    words = ["get", "put", "get", "get", "del", "put"]
    await asyncio.gather(*(count(stats, lock, w, 0.005 * i) for i, w in enumerate(words)))
    print(stats, stats["missing"], len(stats))
    print(stats.history)
    stats.update(extra=5)
    print(stats.history[-1], stats["extra"], stats.get("nope", -1), stats.setdefault("get", 99))
    print(isinstance(stats, dict), sorted(stats.items()), list(stats) == list(stats.keys()))
    plain = dict(stats)
    print(plain == stats, type(plain).__name__, type(stats.copy()).__name__, stats | {"new": 1})
    del stats["start"]
    print("start" in stats, stats.pop("del"), stats)


asyncio.run(main())
