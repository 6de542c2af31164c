# Measuring simulated request latencies concurrently and summarising them with statistics.
import asyncio
import statistics
from collections import defaultdict

# (endpoint, simulated latency in seconds)
REQUESTS = [("/users", 0.1), ("/users", 0.3), ("/orders", 0.2), ("/users", 0.1),
            ("/orders", 0.5), ("/health", 0.1), ("/orders", 0.2)]


async def timed_request(endpoint: str, latency: float, limit: asyncio.Semaphore) -> tuple[str, float]:
    async with limit:
        loop = asyncio.get_running_loop()
        start = loop.time()
        await asyncio.sleep(latency)
        return endpoint, round(loop.time() - start, 1)


async def main() -> None:
    limit = asyncio.Semaphore(3)
    results = await asyncio.gather(*(timed_request(e, l, limit) for e, l in REQUESTS))
    by_endpoint: defaultdict[str, list[float]] = defaultdict(list)
    for endpoint, seconds in results:
        by_endpoint[endpoint].append(seconds)
    for endpoint in sorted(by_endpoint):
        times = by_endpoint[endpoint]
        print(f"{endpoint:<8} n={len(times)} mean={statistics.mean(times):.2f} "
              f"median={statistics.median(times)} max={max(times)}")
    all_times = [t for _, t in results]
    print("overall median", statistics.median(all_times), "mode", statistics.mode(all_times))


asyncio.run(main())
