# current_task() is the task whose step is running right now.
import asyncio


async def step(label):
    for i in range(2):
        print(f"{label} step {i} runs in {asyncio.current_task().get_name()}")
        await asyncio.sleep(0)


async def main():
    me = asyncio.current_task()
    print("main runs in", me.get_name())
    await step("awaited directly")
    await asyncio.gather(
        asyncio.create_task(step("x"), name="X"),
        asyncio.create_task(step("y"), name="Y"),
    )
    print("current_task() is main again:", asyncio.current_task() is me)


asyncio.run(main())
