# A task is pending until its coroutine returns, raises or is cancelled.
import asyncio


async def job(outcome):
    await asyncio.sleep(0.1)
    if outcome == "fail":
        raise LookupError("nothing here")
    return outcome


def state(task):
    if not task.done():
        return "pending"
    if task.cancelled():
        return "cancelled"
    if task.exception() is not None:
        return f"failed with {task.exception()!r}"
    return f"returned {task.result()!r}"


async def main():
    tasks = {o: asyncio.create_task(job(o)) for o in ("ok", "fail", "cancel")}
    await asyncio.sleep(0)
    tasks["cancel"].cancel()
    for name, task in tasks.items():
        print("before:", name, state(task))
    await asyncio.wait(tasks.values())
    for name, task in tasks.items():
        print("after:", name, state(task))


asyncio.run(main())
