# Starting a task schedules its first step with call_soon, so tasks and callbacks share one queue.
import asyncio


async def task_body(name):
    print("task", name, "runs")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t1 = asyncio.create_task(task_body("one"))
    loop.call_soon(print, "callback 2")
    t2 = asyncio.create_task(task_body("two"))
    await asyncio.gather(t1, t2)
    print("main done")


asyncio.run(main())
