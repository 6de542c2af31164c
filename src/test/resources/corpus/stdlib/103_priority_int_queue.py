# class Priority(int) in an asyncio.PriorityQueue: compares as an int, prints with its own name.
import asyncio


class Priority(int):
    NAMES = {0: "urgent", 1: "high", 5: "normal", 9: "low"}

    def __new__(cls, level: int):
        if level < 0:
            raise ValueError(f"negative priority {level}")
        return super().__new__(cls, level)

    def __repr__(self) -> str:
        return f"Priority.{self.NAMES.get(int(self), int(self))}"

    def bump(self) -> "Priority":
        return Priority(max(0, self - 1))


async def worker(name: str, queue: asyncio.PriorityQueue) -> None:
    while True:
        priority, job = await queue.get()
        print(f"{name} runs {job!r} at {priority!r}")
        await asyncio.sleep(0.01)
        queue.task_done()


async def main() -> None:
    queue: asyncio.PriorityQueue[tuple[Priority, str]] = asyncio.PriorityQueue()
    for level, job in [(5, "report"), (0, "outage"), (9, "cleanup"), (1, "deploy"), (5, "backup")]:
        queue.put_nowait((Priority(level), job))
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    p = Priority(5)
    print(p, p + 1, type(p + 1).__name__, p.bump(), p.bump().bump(), p == 5, p < Priority(9))
    print(isinstance(p, int), hash(p) == hash(5), {p: "five"}[5], sorted([Priority(9), Priority(0), Priority(1)]))
    print(f"{p:03d}", int(p), str(p), bool(Priority(0)), type(p).__mro__)
    try:
        Priority(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
