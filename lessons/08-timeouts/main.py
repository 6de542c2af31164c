import asyncio


async def some_async_call(seconds):
    try:
        await asyncio.sleep(seconds)
        return "answer"
    except asyncio.CancelledError:
        print(f"call of {seconds} s cancelled")
        raise


async def main():
    print(await asyncio.wait_for(some_async_call(0.2), timeout=0.5))
    try:
        await asyncio.wait_for(some_async_call(1), timeout=0.5)
    except TimeoutError:
        print("wait_for: timed out")
    try:
        async with asyncio.timeout(0.3):
            await some_async_call(1)
    except TimeoutError:
        print("timeout(): timed out")


asyncio.run(main())
