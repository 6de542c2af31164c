# Tasks can be named when created or renamed later; names are just labels.
import asyncio


async def job():
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()


async def main():
    a = asyncio.create_task(job(), name="downloader")
    b = asyncio.create_task(job())
    print(a.get_name(), b.get_name())
    b.set_name("uploader")
    print("renamed to", b.get_name())
    print("tasks see themselves as", await a, "and", await b)
    c = asyncio.create_task(job())
    print("the counter kept counting:", c.get_name())
    await c


asyncio.run(main())
