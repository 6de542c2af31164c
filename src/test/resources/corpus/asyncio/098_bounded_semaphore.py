# BoundedSemaphore catches one release too many; a plain Semaphore just grows.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore released without an acquire; locked =", plain.locked())

    bounded = asyncio.BoundedSemaphore(2)
    async with bounded:
        async with bounded:
            print("both slots taken; locked =", bounded.locked())
    print("both released; locked =", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
