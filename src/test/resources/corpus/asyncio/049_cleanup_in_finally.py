# finally blocks run when a task is cancelled, so resources get released.
import asyncio


async def use_resource(name):
    print(f"{name}: open")
    try:
        while True:
            await asyncio.sleep(0.2)
            print(f"{name}: working")
    finally:
        print(f"{name}: closed")


async def main():
    tasks = [asyncio.create_task(use_resource(n)) for n in ("db", "file")]
    await asyncio.sleep(0.5)
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
