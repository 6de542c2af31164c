# A task is a future: its done callbacks receive the task and can read its outcome.
import asyncio


async def square(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError(f"no square for {n}")
    return n * n


def report(task):
    if task.exception() is not None:
        print(task.get_name(), "failed:", repr(task.exception()))
    else:
        print(task.get_name(), "->", task.result())


async def main():
    tasks = []
    for n in (1, 2, 3):
        task = asyncio.create_task(square(n), name=f"square-{n}")
        task.add_done_callback(report)
        tasks.append(task)
    await asyncio.wait(tasks)
    print("waited for all")


asyncio.run(main())
