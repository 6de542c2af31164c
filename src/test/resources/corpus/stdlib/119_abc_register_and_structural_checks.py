"""abc.ABCMeta on its own: an abstract Job base, register() of an unrelated class, a __subclasshook__ that
checks structure, abstract properties and classmethods, and the TypeError for what misses a method."""
import asyncio
from abc import ABC, ABCMeta, abstractmethod


class Job(ABC):
    @abstractmethod
    async def run(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"job {self.name}"


class Closeable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Sleep(Job):
    def __init__(self, seconds):
        self.seconds = seconds

    @property
    def name(self):
        return f"sleep({self.seconds})"

    async def run(self):
        await asyncio.sleep(self.seconds)
        return self.seconds


class NoName(Job):
    async def run(self):
        return None


class Nothing(Job):
    pass


class LegacyJob:
    name = "legacy"

    async def run(self):
        await asyncio.sleep(0.2)
        return "legacy done"

    def close(self):
        print("legacy closed")


async def main():
    for cls in (NoName, Nothing):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)
    print(sorted(Job.__abstractmethods__), sorted(Sleep.__abstractmethods__), type(Job).__name__)
    print("before register:", isinstance(LegacyJob(), Job), issubclass(LegacyJob, Job))
    print(Job.register(LegacyJob) is LegacyJob)
    print("after register:", isinstance(LegacyJob(), Job), issubclass(LegacyJob, Job))
    jobs = [Sleep(0.3), LegacyJob(), Sleep(0.1)]
    results = await asyncio.gather(*(j.run() for j in jobs))
    for job, result in zip(jobs, results):
        label = job.describe() if isinstance(job, Sleep) else job.name
        print(f"{label}: {result!r} closeable={isinstance(job, Closeable)}")
        if isinstance(job, Closeable):
            job.close()
    print(issubclass(LegacyJob, Closeable), issubclass(Sleep, Closeable), issubclass(int, Closeable))
    try:
        Job.register(3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(3, Job)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
