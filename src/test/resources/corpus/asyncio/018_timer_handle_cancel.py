# A TimerHandle can be cancelled before it fires; a cancelled timer never runs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    keep = loop.call_later(0.1, print, "kept timer fired")
    drop = loop.call_later(0.2, print, "dropped timer fired")
    drop.cancel()
    print("keep cancelled?", keep.cancelled())
    print("drop cancelled?", drop.cancelled())
    soon = loop.call_soon(print, "never printed")
    soon.cancel()
    await asyncio.sleep(0.3)
    print("done")


asyncio.run(main())
