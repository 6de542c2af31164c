# A reminder service: reminders kept in a heap ordered by due time, fired by one asyncio task.
import asyncio
import heapq
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Reminder:
    due: float
    seq: int
    text: str = field(compare=False)


class Reminders:
    def __init__(self) -> None:
        self._heap: list[Reminder] = []
        self._seq = count()
        self._changed = asyncio.Event()

    def add(self, delay: float, text: str) -> None:
        due = asyncio.get_running_loop().time() + delay
        heapq.heappush(self._heap, Reminder(due, next(self._seq), text))
        self._changed.set()

    async def run(self, how_many: int) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        for _ in range(how_many):
            while not self._heap or self._heap[0].due > loop.time():
                self._changed.clear()
                timeout = self._heap[0].due - loop.time() if self._heap else None
                try:
                    await asyncio.wait_for(self._changed.wait(), timeout)
                except asyncio.TimeoutError:
                    pass
            reminder = heapq.heappop(self._heap)
            print(f"{round(loop.time() - start, 1)}: {reminder.text}")


async def main() -> None:
    reminders = Reminders()
    service = asyncio.create_task(reminders.run(4))
    reminders.add(0.5, "stretch")
    reminders.add(0.2, "drink water")
    await asyncio.sleep(0.1)
    reminders.add(0.2, "check the oven")  # due at 0.3, between the two above
    reminders.add(0.8, "go home")
    await service
    print("left:", [r.text for r in reminders._heap])


asyncio.run(main())
