# Without return_exceptions, gather() raises the first exception at once,
# but the other children are not cancelled: they keep running.
import asyncio


async def child(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError(f"{name} broke")
    print(name, "finished")
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.gather(child("a", 0.1), child("b", 0.2, fail=True), child("c", 0.4))
    except RuntimeError as e:
        print("gather raised", repr(e), "at", round(loop.time() - start, 1))
    await asyncio.sleep(0.5)
    print("main done")


asyncio.run(main())
