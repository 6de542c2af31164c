# asyncio.Runner runs several coroutines on one loop; each run() gets a new main task.
import asyncio


async def step(n):
    await asyncio.sleep(0.1)
    return f"step {n} in {asyncio.current_task().get_name()}"


with asyncio.Runner() as runner:
    first_loop = runner.get_loop()
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    print("same loop:", runner.get_loop() is first_loop)
print("loop closed:", first_loop.is_closed())
