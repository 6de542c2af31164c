# Timers with the same delay, scheduled one after another, fire in scheduling order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for name in ["alpha", "beta", "gamma", "delta"]:
        loop.call_later(0.2, print, name)
    loop.call_later(0.1, print, "earlier timer")
    await asyncio.sleep(0.3)
    print("main wakes last")


asyncio.run(main())
