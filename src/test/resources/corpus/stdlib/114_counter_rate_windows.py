# Requests per client counted in time windows with Counters: update, subtract, arithmetic and most_common.
import asyncio
from collections import Counter

REQUESTS = [
    (0.01, "alice"), (0.02, "bob"), (0.03, "alice"), (0.04, "carol"),
    (0.11, "alice"), (0.12, "alice"), (0.13, "bob"), (0.15, "dave"),
    (0.21, "carol"), (0.23, "carol"), (0.24, "alice"),
]
LIMIT = 2


async def client(delay: float, name: str, inbox: asyncio.Queue) -> None:
    await asyncio.sleep(delay)
    await inbox.put(name)


async def main() -> None:
    inbox: asyncio.Queue = asyncio.Queue()
    senders = [asyncio.create_task(client(d, n, inbox)) for d, n in REQUESTS]
    windows: list[Counter] = []
    for _ in range(3):
        window = Counter()
        await asyncio.sleep(0.1)
        while not inbox.empty():
            window.update([inbox.get_nowait()])
        windows.append(window)
        print(f"window {len(windows)}: {window}  total={window.total()}")
    await asyncio.gather(*senders)

    overall = sum(windows, Counter())
    print("overall:", overall, overall.most_common(1))
    over_limit = Counter({name: count - LIMIT for name, count in overall.items()})
    print("over the limit:", +over_limit, "under it:", -over_limit)

    first, second, third = windows
    print("growth 1->2:", second - first, "| peak:", first | second | third, "| steady:", first & second & third)

    budget = Counter(alice=5, bob=5, carol=5, dave=5)
    budget.subtract(overall)
    print("budget left:", budget, sorted(budget.elements()))
    budget += Counter()
    print("after += Counter():", budget)
    print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=2) == Counter(a=2, b=0), overall == dict(overall))
    overall.update(alice=10)
    del overall["nobody"]
    print(overall.most_common(2), overall["nobody"], len(overall))
    try:
        Counter.fromkeys("abc")
    except NotImplementedError as exc:
        print("NotImplementedError:", exc)


asyncio.run(main())
