# Which failed tasks asyncio complains about: only one whose exception nobody retrieved. Awaiting it,
# .exception(), .result(), gather and TaskGroup all count as retrieving it. (CPython logs the forgotten one
# when the garbage collector frees it, here at exit; LoopLab when asyncio.run closes the loop.)
import asyncio


async def fail(what: str, delay: float = 0.01) -> None:
    await asyncio.sleep(delay)
    raise LookupError(what)


async def main() -> None:
    awaited = asyncio.create_task(fail("awaited"))
    try:
        await awaited
    except LookupError as e:
        print("awaited:", repr(e))

    inspected = asyncio.create_task(fail("inspected"))
    await asyncio.sleep(0.05)
    print("inspected:", inspected.done(), repr(inspected.exception()))

    asked = asyncio.create_task(fail("asked"))
    await asyncio.wait([asked])
    try:
        asked.result()
    except LookupError as e:
        print("asked:", e)

    print("gathered:", await asyncio.gather(fail("g1"), fail("g2"), return_exceptions=True))

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail("in group"))
    except* LookupError as eg:
        print("group:", [str(e) for e in eg.exceptions])

    future = asyncio.get_running_loop().create_future()
    future.set_exception(ValueError("future failed"))
    print("future:", future.exception())

    forgotten = asyncio.create_task(fail("forgotten"), name="forgotten")
    await asyncio.sleep(0.05)
    print("forgotten is done:", forgotten.done(), "- nobody looks at its exception")


asyncio.run(main())
print("after asyncio.run")
