# One cancelled child makes gather() raise CancelledError; its siblings keep running.
import asyncio


async def child(name, seconds):
    await asyncio.sleep(seconds)
    print(name, "finished")
    return name


async def main():
    a = asyncio.create_task(child("a", 0.2))
    b = asyncio.create_task(child("b", 0.5))
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, a.cancel)
    try:
        await asyncio.gather(a, b)
    except asyncio.CancelledError:
        print("gather raised CancelledError; b done?", b.done())
    print("b still returns", await b)


asyncio.run(main())
