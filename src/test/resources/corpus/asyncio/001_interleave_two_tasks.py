# Two tasks that sleep take turns: each sleep hands the loop to whoever is ready next.
import asyncio


async def walker(name, step, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(step)
    print(f"{name} done")


async def main():
    a = asyncio.create_task(walker("A", 0.2, 3))
    b = asyncio.create_task(walker("B", 0.25, 2))
    await a
    await b
    print("main done")


asyncio.run(main())
