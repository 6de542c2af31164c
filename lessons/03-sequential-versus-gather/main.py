import asyncio


async def fetch(idx):
    await asyncio.sleep(1)
    print(f"Done {idx}")
    return idx


async def one_after_another():
    results = []
    for i in range(3):
        results.append(await fetch(i))
    return results


async def all_at_once():
    tasks = [asyncio.create_task(fetch(i)) for i in range(3)]
    return await asyncio.gather(*tasks)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await one_after_another())
    print(f"one after another: {loop.time() - start:.1f} s")
    start = loop.time()
    print(await all_at_once())
    print(f"all at once: {loop.time() - start:.1f} s")


asyncio.run(main())
