# The default, ALL_COMPLETED, waits for everything; failures do not raise, they stay in the tasks.
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    if n % 2 == 0:
        raise ArithmeticError(f"even {n}")
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(1, 5)]
    done, pending = await asyncio.wait(tasks)
    print("done:", len(done), "pending:", len(pending))
    for task in tasks:
        error = task.exception()
        print(task.get_name(), repr(error) if error else task.result())


asyncio.run(main())
