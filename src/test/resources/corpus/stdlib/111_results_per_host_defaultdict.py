# Results of concurrent checks grouped per host in a defaultdict(list), with a semaphore limiting concurrency.
import asyncio
import json
from collections import defaultdict

CHECKS = [
    ("api.example.com", "/health", 0.03, 200),
    ("db.example.com", "/ping", 0.05, 200),
    ("api.example.com", "/users", 0.025, 500),
    ("cdn.example.com", "/logo.png", 0.01, 200),
    ("db.example.com", "/replica", 0.07, 503),
    ("api.example.com", "/orders", 0.04, 200),
]


async def check(host: str, path: str, delay: float, status: int, sem: asyncio.Semaphore) -> tuple[str, str, int]:
    async with sem:
        await asyncio.sleep(delay)
        return host, path, status


async def main() -> None:
    sem = asyncio.Semaphore(2)
    results: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    status_counts = defaultdict(lambda: defaultdict(int))

    tasks = [asyncio.create_task(check(*c, sem)) for c in CHECKS]
    for next_done in asyncio.as_completed(tasks):
        host, path, status = await next_done
        results[host].append((path, status))
        status_counts[host][status] += 1
        print(f"done {host}{path} -> {status}")

    print(isinstance(results, dict), type(results).__name__, results.default_factory)
    print(results)
    for host in sorted(results):
        failures = [p for p, s in results[host] if s >= 500]
        print(f"{host}: {len(results[host])} checks, failures={failures}")

    print(json.dumps(status_counts, sort_keys=True))
    print({host: dict(counts) for host, counts in status_counts.items()})

    print("unknown host:", results["backup.example.com"], len(results))
    print("get does not add:", results.get("nowhere.example.com"), "nowhere.example.com" in results)

    plain = dict(results)
    print(type(plain).__name__, plain == results, sorted(plain)[:2])
    copied = results.copy()
    copied["api.example.com"] = []
    print(type(copied).__name__, len(results["api.example.com"]), copied.default_factory is list)

    strict = defaultdict(None, results)
    try:
        strict["missing"]
    except KeyError as exc:
        print("KeyError:", exc)
    print(repr(defaultdict(int)), defaultdict(set, a={1}) | {"b": {2}})


asyncio.run(main())
