# A job queue: dataclass jobs in an asyncio.PriorityQueue, processed by a pool of workers.
import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto


class Status(Enum):
    QUEUED = auto()
    DONE = auto()
    FAILED = auto()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    duration: float = field(default=0.1, compare=False)
    status: Status = field(default=Status.QUEUED, compare=False, repr=False)
    attempts: int = field(default=0, compare=False)


async def worker(name: str, queue: asyncio.PriorityQueue, finished: list[Job]) -> None:
    while True:
        job = await queue.get()
        job.attempts += 1
        try:
            print(f"{name} starts {job.name} (priority {job.priority})")
            await asyncio.sleep(job.duration)
            if job.name.startswith("flaky") and job.attempts == 1:
                raise ConnectionError("lost connection")
            job.status = Status.DONE
            finished.append(job)
        except ConnectionError as e:
            print(f"{name}: {job.name} failed ({e}), requeued")
            await queue.put(job)
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue()
    for job in [Job(3, "report", 0.3), Job(1, "email", 0.1), Job(2, "flaky-sync", 0.2),
                Job(1, "backup", 0.4), Job(5, "cleanup")]:
        queue.put_nowait(job)
    finished: list[Job] = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, finished)) for i in (1, 2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for job in finished:
        print(job, job.status.name)
    print("all done:", all(j.status is Status.DONE for j in finished), len(finished))


asyncio.run(main())
