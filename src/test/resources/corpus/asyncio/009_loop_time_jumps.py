# loop.time() is the loop's clock; while everyone sleeps it moves on to the next timer.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for seconds in (0.5, 1.0, 0.2):
        await asyncio.sleep(seconds)
        print(f"slept {seconds}, now at {round(loop.time() - start, 1)}")


asyncio.run(main())
