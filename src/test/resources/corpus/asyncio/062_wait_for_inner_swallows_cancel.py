# In Python 3.11, if the inner coroutine swallows the cancellation and returns a value,
# wait_for returns that value instead of raising TimeoutError.
import asyncio


async def best_effort():
    partial = []
    try:
        for n in range(10):
            await asyncio.sleep(0.2)
            partial.append(n)
    except asyncio.CancelledError:
        print("cut short, keeping what we have")
    return partial


async def main():
    result = await asyncio.wait_for(best_effort(), timeout=0.5)
    print("wait_for returned", result)


asyncio.run(main())
