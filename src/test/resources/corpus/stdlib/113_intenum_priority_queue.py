# IntEnum priorities in an asyncio.PriorityQueue: the members are ints, so they order the queue entries.
import asyncio
import json
from enum import IntEnum


class Priority(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


JOBS = [
    (Priority.LOW, "rotate logs"),
    (Priority.CRITICAL, "restart database"),
    (Priority.NORMAL, "send newsletter"),
    (Priority.HIGH, "renew certificate"),
    (Priority.NORMAL, "resize images"),
    (Priority.CRITICAL, "page on-call"),
]


async def worker(name: str, pace: float, queue: asyncio.PriorityQueue, done: list) -> None:
    while True:
        priority, seq, job = await queue.get()
        await asyncio.sleep(0.01 * (priority + 1) + pace)
        done.append((priority, job))
        print(f"{name} ran {job!r} at {priority!r} (str {priority}, {priority.name.lower()})")
        queue.task_done()


async def main() -> None:
    queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
    for seq, (priority, job) in enumerate(JOBS):
        queue.put_nowait((priority, seq, job))
    done: list = []
    workers = [asyncio.create_task(worker(f"w{i}", 0.003 * i, queue, done)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

    first = done[0][0]
    print(isinstance(first, int), isinstance(first, Priority), first == 0, first + 1, Priority(first + 1))
    print(sorted({p for p, _ in done}), max(p for p, _ in done), sum(p for p, _ in done))
    print(f"{Priority.HIGH}|{Priority.HIGH:>3}|{Priority.HIGH:02d}|{Priority.HIGH.value}", str(Priority.LOW))
    print(json.dumps({"priority": Priority.HIGH, "levels": list(Priority)}))
    print(Priority.NORMAL < Priority.LOW, Priority.NORMAL < 1, ["zero", "one", "two", "three"][Priority.NORMAL])
    by_level = {Priority.HIGH: "h"}
    print(by_level[1], {1: "one"}[Priority.HIGH], hash(Priority.LOW) == hash(3), Priority["LOW"] is Priority(3))
    print(type(Priority.HIGH + 0).__name__, type(Priority.HIGH).__name__, Priority.HIGH.bit_length())
    try:
        Priority(9)
    except ValueError as exc:
        print("ValueError:", exc)


asyncio.run(main())
