# expired() tells whether this timeout is the one that fired.
import asyncio


async def attempt(seconds, limit):
    try:
        async with asyncio.timeout(limit) as cm:
            await asyncio.sleep(seconds)
    except TimeoutError:
        pass
    print(f"sleep {seconds} within {limit}: expired() = {cm.expired()}")


async def main():
    await attempt(0.1, 0.5)
    await attempt(0.5, 0.2)
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        await asyncio.sleep(0.1)
    print("expired() without a deadline:", cm.expired())


asyncio.run(main())
