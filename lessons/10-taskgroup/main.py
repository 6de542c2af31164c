import asyncio


async def sleeper(seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"slept {seconds}")
    except asyncio.CancelledError:
        print(f"sleeper({seconds}) cancelled")
        raise


async def failer():
    await asyncio.sleep(0.5)
    raise ValueError("boom")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
        tg.create_task(asyncio.sleep(2))
    print("both sleeps done")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(0.2))
            tg.create_task(sleeper(1))
            tg.create_task(failer())
    except* ValueError as group:
        print(f"caught {group.exceptions}")


asyncio.run(main())
