# An Event wakes every waiter at once when it is set; later waiters pass straight through.
import asyncio


async def waiter(name, event):
    print(name, "waiting")
    await event.wait()
    print(name, "released")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.2)
    print("setting the event")
    event.set()
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set())
    await waiter("late", event)


asyncio.run(main())
