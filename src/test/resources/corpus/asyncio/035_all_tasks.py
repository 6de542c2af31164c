# all_tasks() holds every task that has not finished yet, the running one included.
import asyncio


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def nap(seconds):
    await asyncio.sleep(seconds)


async def main():
    print("alone:", names())
    asyncio.create_task(nap(0.1), name="short")
    asyncio.create_task(nap(0.3), name="long")
    print("with two naps:", names())
    await asyncio.sleep(0.2)
    print("after 0.2 s:", names())
    await asyncio.sleep(0.2)
    print("after 0.4 s:", names())


asyncio.run(main())
