# get_running_loop() works only while a loop is running; every task belongs to that loop.
import asyncio


async def child():
    await asyncio.sleep(0)
    return asyncio.get_running_loop()


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(child())
    print("child sees the same loop:", await task is loop)
    print("task.get_loop() is loop:", task.get_loop() is loop)
    print("loop is running:", loop.is_running())


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
asyncio.run(main())
