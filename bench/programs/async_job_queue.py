# Workers take dataclass jobs from an asyncio.Queue, encode them as JSON bytes, checksum and decode them
# again, and log a summary line per batch through logging: the stdlib-heavy asyncio code of issue 7.
import asyncio
import json
import logging
from dataclasses import asdict, dataclass, field

JOBS = 20_000
WORKERS = 8

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("jobs")


@dataclass
class Job:
    ident: int
    kind: str
    payload: list[int] = field(default_factory=list)


@dataclass
class Outcome:
    ident: int
    size: int
    checksum: int


def checksum(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


async def worker(queue: asyncio.Queue, results: list[Outcome]) -> None:
    while True:
        job = await queue.get()
        if job is None:
            return
        wire = json.dumps(asdict(job)).encode("utf-8")
        back = Job(**json.loads(wire))
        results.append(Outcome(back.ident, len(wire), checksum(wire)))
        if back.ident % 2000 == 0:
            log.info("job %d of kind %s: %d bytes", back.ident, back.kind, len(wire))
        await asyncio.sleep(0)


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=64)
    results: list[Outcome] = []
    workers = [asyncio.create_task(worker(queue, results)) for _ in range(WORKERS)]
    kinds = ["resize", "encode", "index"]
    for i in range(JOBS):
        await queue.put(Job(i, kinds[i % 3], [i % 97, i % 89, i % 83]))
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)
    total = sum(r.size for r in results)
    mixed = 0
    for r in sorted(results, key=lambda r: r.ident):
        mixed = (mixed * 31 + r.checksum) % 1_000_000_007
    print(len(results), total, mixed)


asyncio.run(main())
