import asyncio


async def fetch(idx: int):
    print(f"Start {idx}")
    # Simulate I/O
    await asyncio.sleep(1)
    print(f"Done {idx}")
    return idx


async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(3)]
    results = await asyncio.gather(*tasks)
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
