# The guide's work() loop, with a counter to show how many 0.5 s ticks ran before cancel().
import asyncio

ticks = 0


async def work():
    global ticks
    try:
        while True:
            await asyncio.sleep(0.5)
            ticks += 1
    except asyncio.CancelledError:
        print("cleanup after", ticks, "ticks")
        raise


async def main():
    task = asyncio.create_task(work())
    await asyncio.sleep(1.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("Cancelled")


asyncio.run(main())
