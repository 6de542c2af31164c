# A timeout around a TaskGroup cancels the whole group; the timeout turns that into TimeoutError.
import asyncio


async def part(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(part("quick", 0.2))
                tg.create_task(part("slow", 1.0))
                tg.create_task(part("slower", 2.0))
    except TimeoutError:
        print("TimeoutError at", round(loop.time() - start, 1))


asyncio.run(main())
