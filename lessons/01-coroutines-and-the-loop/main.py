import asyncio


async def greet(name):
    print(f"Hello, {name}")
    await asyncio.sleep(0.5)
    print(f"Bye, {name}")
    return name.upper()


async def main():
    coro = greet("Ada")
    print(type(coro).__name__)
    task = asyncio.create_task(greet("Grace"))
    print("Task created")
    result = await coro
    print(result)
    print(await task)


asyncio.run(main())
