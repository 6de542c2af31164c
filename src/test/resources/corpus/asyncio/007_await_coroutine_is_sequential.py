# Awaiting coroutines one by one runs them one after another: no concurrency without tasks.
import asyncio


async def download(name):
    print(f"start {name}")
    await asyncio.sleep(0.2)
    print(f"end {name}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await download("a")
    await download("b")
    await download("c")
    print(f"took {round(loop.time() - start, 1)} s")


asyncio.run(main())
