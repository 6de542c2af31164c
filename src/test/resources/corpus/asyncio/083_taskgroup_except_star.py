# except* picks exceptions out of the group by type; each handler sees a smaller group.
import asyncio


async def check(name, go, error=None):
    await go.wait()  # every check resumes in the same loop iteration
    if error is not None:
        raise error
    return name


async def main():
    go = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check("disk", go, OSError("disk full")))
            tg.create_task(check("config", go, KeyError("timeout")))
            tg.create_task(check("ok", go))
            await asyncio.sleep(0.1)
            go.set()
    except* OSError as group:
        print("OSError handler:", [repr(e) for e in group.exceptions])
    except* KeyError as group:
        print("KeyError handler:", [repr(e) for e in group.exceptions])
    print("main continues")


asyncio.run(main())
