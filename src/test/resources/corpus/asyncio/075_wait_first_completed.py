# wait(..., FIRST_COMPLETED) returns as soon as one task is done; the rest stay pending.
import asyncio


async def racer(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    tasks = [asyncio.create_task(racer(n, s), name=n)
             for n, s in [("tortoise", 0.5), ("hare", 0.2), ("snail", 1.0)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("winner:", [t.result() for t in done])
    print("still running:", sorted(t.get_name() for t in pending))
    for task in pending:
        task.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))


asyncio.run(main())
