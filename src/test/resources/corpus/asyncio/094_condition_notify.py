# Condition.notify(n) wakes n waiters, in the order they started waiting.
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait()
        print(name, "woke up and takes", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{n}", cond, items)) for n in range(3)]
    await asyncio.sleep(0.1)
    for batch in (["apple"], ["pear", "plum"]):
        async with cond:
            items.extend(batch)
            print("producer adds", batch)
            cond.notify(len(batch))
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)


asyncio.run(main())
