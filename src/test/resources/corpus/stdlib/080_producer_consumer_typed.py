# Producers and consumers with a bounded asyncio.Queue, typed with annotations, ended by sentinels.
from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Message:
    sender: str
    body: str


async def producer(name: str, queue: asyncio.Queue[Optional[Message]], count: int, delay: float) -> None:
    for i in range(count):
        await asyncio.sleep(delay)
        await queue.put(Message(name, f"#{i}"))
        print(f"{name} put #{i} (queue size {queue.qsize()})")


async def consumer(queue: asyncio.Queue[Optional[Message]], seen: Counter[str]) -> None:
    while (msg := await queue.get()) is not None:
        seen[msg.sender] += 1
        print(f"consumed {msg.sender}{msg.body}")
        await asyncio.sleep(0.3)
    print("consumer got the sentinel")


async def main() -> None:
    queue: asyncio.Queue[Optional[Message]] = asyncio.Queue(maxsize=2)
    seen: Counter[str] = Counter()
    consuming = asyncio.create_task(consumer(queue, seen))
    await asyncio.gather(producer("fast", queue, 3, 0.1), producer("slow", queue, 2, 0.25))
    await queue.put(None)
    await consuming
    print(dict(seen))


asyncio.run(main())
