# wait() with a timeout does not raise: it returns what finished, and leaves the rest running.
import asyncio


async def job(n):
    await asyncio.sleep(0.2 * n)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3, 4)]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("finished in time:", sorted(t.result() for t in done))
    print("pending:", len(pending))
    done, pending = await asyncio.wait(pending, timeout=1)
    print("finished later:", sorted(t.result() for t in done), "pending:", len(pending))


asyncio.run(main())
