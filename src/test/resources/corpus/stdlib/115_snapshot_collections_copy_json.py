# A monitor task snapshots shared defaultdict/Counter/OrderedDict state with copy and reports it as JSON.
import asyncio
import copy
import json
from collections import Counter, OrderedDict, defaultdict


class Stats:
    def __init__(self) -> None:
        self.latencies: defaultdict[str, list[int]] = defaultdict(list)
        self.statuses: Counter = Counter()
        self.recent: OrderedDict[str, int] = OrderedDict()

    def record(self, url: str, status: int, ms: int) -> None:
        self.latencies[url].append(ms)
        self.statuses[status] += 1
        self.recent[url] = ms
        self.recent.move_to_end(url)
        while len(self.recent) > 2:
            self.recent.popitem(last=False)


async def probe(stats: Stats, url: str, ms: int, status: int, times: int) -> None:
    for _ in range(times):
        await asyncio.sleep(ms / 1000)
        stats.record(url, status, ms)


async def monitor(stats: Stats, snapshots: list) -> None:
    for _ in range(3):
        await asyncio.sleep(0.04)
        snapshots.append(copy.deepcopy((stats.latencies, stats.statuses, stats.recent)))


async def main() -> None:
    stats = Stats()
    snapshots: list = []
    await asyncio.gather(
        probe(stats, "/a", 12, 200, 6),
        probe(stats, "/b", 28, 404, 4),
        probe(stats, "/c", 32, 200, 2),
        monitor(stats, snapshots),
    )
    for i, (lat, codes, recent) in enumerate(snapshots, 1):
        print(f"snapshot {i}:", type(lat).__name__, {u: len(v) for u, v in lat.items()}, codes, recent)
    lat, codes, recent = snapshots[0]
    lat["/new"].append(1)
    print("snapshot grows on its own:", sorted(lat), sorted(stats.latencies))
    print(json.dumps({"latencies": stats.latencies, "statuses": stats.statuses, "recent": stats.recent}))
    print(json.dumps(stats.statuses.most_common(), separators=(",", ":")))
    shallow = copy.copy(stats.latencies)
    print(shallow["/a"] is stats.latencies["/a"], type(copy.copy(stats.statuses)).__name__,
          copy.copy(stats.recent) == stats.recent)
    for obj in (stats.latencies, stats.statuses, stats.recent):
        print(type(obj).__name__, isinstance(obj, dict), len(obj), dict(obj) == obj, type(obj).__mro__[1].__name__)
    print(defaultdict.fromkeys("xy", 0), OrderedDict.fromkeys("xy"), dict.fromkeys(Counter("zz")))


asyncio.run(main())
