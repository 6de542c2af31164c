# FIRST_EXCEPTION returns when a task fails (or when all are done, if none fails).
import asyncio


async def step(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(step("a", 0.1)),
             asyncio.create_task(step("b", 0.3, fail=True)),
             asyncio.create_task(step("c", 0.6))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("returned at", round(loop.time() - start, 1))
    print("done:", len(done), "pending:", len(pending))
    for task in tasks:
        if task.done():
            print(" ", task.exception() and repr(task.exception()) or task.result())
    await asyncio.wait(pending)


asyncio.run(main())
