# gather() wraps each coroutine in a task of its own, so the task counter moves on.
import asyncio


async def whoami(n):
    await asyncio.sleep(0.1 * n)
    return f"{n}:{asyncio.current_task().get_name()}"


async def main():
    print(await asyncio.gather(whoami(1), whoami(2), whoami(3)))
    later = asyncio.create_task(whoami(0))
    print("next task:", later.get_name())
    print(await later)


asyncio.run(main())
