# The guide's one-line timeout example, `await asyncio.wait_for(some_async_call(), timeout=3.0)`,
# wrapped in the smallest program that runs it: added some_async_call, main() and the prints.
import asyncio

async def some_async_call():
    await asyncio.sleep(0.5)
    return "answer"

async def main():
    try:
        result = await asyncio.wait_for(some_async_call(), timeout=3.0)
        print(result)
    except asyncio.TimeoutError:
        print("TimeoutError")

asyncio.run(main())
