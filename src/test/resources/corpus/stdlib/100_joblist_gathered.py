# class JobList(list): the results asyncio.gather returns, kept in a list subclass with a summary of its own.
import asyncio
import json


class JobList(list):
    def __init__(self, name: str, results=()):
        super().__init__(results)
        self.name = name

    def failed(self) -> "JobList":
        return JobList(self.name + "/failed", (r for r in self if r["status"] != "ok"))

    def __repr__(self) -> str:
        return f"JobList({self.name!r}, {super().__repr__()})"


async def job(n: int) -> dict:
    await asyncio.sleep(0.01 * (5 - n))
    return {"job": n, "status": "ok" if n % 3 else "error"}


async def main() -> None:
    results = JobList("nightly", await asyncio.gather(*(job(n) for n in range(1, 6))))
    print(results)
    print(len(results), bool(results), bool(JobList("empty")), isinstance(results, list))
    print(results.failed())
    results.append({"job": 6, "status": "ok"})
    results += [{"job": 7, "status": "error"}]
    print(type(results).__name__, len(results), results.name, results.__dict__)
    print(json.dumps(results[:2]), type(results[:2]).__name__)
    print([r["job"] for r in sorted(results, key=lambda r: r["status"])])
    print(results == list(results), type(results + []).__name__, JobList.__mro__)


asyncio.run(main())
