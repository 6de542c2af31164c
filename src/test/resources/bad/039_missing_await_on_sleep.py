import asyncio


async def countdown(n):
    while n > 0:
        print("tick", n)
        asyncio.sleep(0.01)  # forgot await: no pause happens
        n -= 1
    return "liftoff"


print(asyncio.run(countdown(3)))
