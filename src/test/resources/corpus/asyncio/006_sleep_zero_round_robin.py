# With sleep(0) the ready tasks run round-robin, one step each per loop iteration.
import asyncio


async def counter(name, limit):
    for i in range(limit):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "finished")


async def main():
    tasks = [asyncio.create_task(counter(name, limit))
             for name, limit in [("a", 3), ("b", 1), ("c", 2)]]
    await asyncio.wait(tasks)
    print("all finished")


asyncio.run(main())
