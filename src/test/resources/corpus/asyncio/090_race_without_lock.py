# Without a lock, a read-await-write sequence loses updates: every task reads the old value.
import asyncio

counter = 0


async def increment():
    global counter
    seen = counter
    await asyncio.sleep(0.1)
    counter = seen + 1


async def main():
    await asyncio.gather(*(increment() for _ in range(5)))
    print("expected 5, got", counter)


asyncio.run(main())
