import asyncio
import time


def blocking_io(n: int) -> int:
    time.sleep(2)  # blocks
    return n * n


async def heartbeat():
    for i in range(3):
        print(f"loop is free {i}")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(heartbeat())
    result = await loop.run_in_executor(None, blocking_io, 10)
    print(result)
    result = await asyncio.to_thread(blocking_io, 3)
    print(result)
    await beat


asyncio.run(main())
