# Nested TaskGroups: an inner failure cancels the inner group and then propagates to the outer one.
import asyncio


async def leaf(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(name)
        print("leaf", name, "done")
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf("inner-ok", 0.1))
        tg.create_task(leaf("inner-bad", 0.2, fail=True))
        tg.create_task(leaf("inner-slow", 1.0))


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
            outer.create_task(leaf("outer-slow", 1.0))
    except ExceptionGroup as eg:
        print("outer caught:", repr(eg))


asyncio.run(main())
