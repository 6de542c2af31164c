# gather() accepts coroutines, tasks and futures alike.
import asyncio


async def coroutine_job():
    await asyncio.sleep(0.1)
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(asyncio.sleep(0.2, result="from task"))
    fut = loop.create_future()
    loop.call_later(0.3, fut.set_result, "from future")
    print(await asyncio.gather(coroutine_job(), task, fut))
    same = asyncio.create_task(coroutine_job())
    print("the same task twice:", await asyncio.gather(same, same))


asyncio.run(main())
