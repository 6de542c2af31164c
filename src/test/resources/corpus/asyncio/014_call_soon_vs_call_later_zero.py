# call_later(0, ...) goes through the timer heap: it runs after callbacks that were already ready.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_later(0, print, "later 0")
    loop.call_soon(print, "soon 2")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0.1)
    print("main after sleep(0.1)")


asyncio.run(main())
