# clear() resets an Event, so the next wait() blocks again: a simple start/stop gate.
import asyncio


async def printer(gate, start):
    loop = asyncio.get_running_loop()
    for n in range(4):
        await gate.wait()
        print("page", n, "at", round(loop.time() - start, 1))
        await asyncio.sleep(0.2)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    gate = asyncio.Event()
    gate.set()
    task = asyncio.create_task(printer(gate, start))
    await asyncio.sleep(0.3)
    gate.clear()
    print("paused at", round(loop.time() - start, 1))
    await asyncio.sleep(0.5)
    gate.set()
    print("resumed at", round(loop.time() - start, 1))
    await task


asyncio.run(main())
