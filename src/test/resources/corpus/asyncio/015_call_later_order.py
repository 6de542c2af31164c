# Timers fire by deadline, not by the order they were scheduled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def report(label):
        print(f"{label} at {round(loop.time() - start, 1)}")

    loop.call_later(0.3, report, "third")
    loop.call_later(0.1, report, "first")
    loop.call_later(0.2, report, "second")
    print("timers scheduled")
    await asyncio.sleep(0.5)
    report("main")


asyncio.run(main())
