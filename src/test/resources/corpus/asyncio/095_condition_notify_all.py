# notify_all() wakes every waiter; each one re-acquires the lock in turn before it continues.
import asyncio


async def reader(name, cond):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "holds the lock again")
        await asyncio.sleep(0.1)
        print(name, "done")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(reader(n, cond)) for n in ("r1", "r2", "r3")]
    await asyncio.sleep(0.1)
    async with cond:
        print("broadcast")
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
