# asyncio.sleep() can hand back a value when it wakes up.
import asyncio


async def main():
    value = await asyncio.sleep(0.1, result="woke up")
    print(value)
    print(await asyncio.sleep(0))
    task = asyncio.create_task(asyncio.sleep(0.2, result=42))
    print(await task)


asyncio.run(main())
