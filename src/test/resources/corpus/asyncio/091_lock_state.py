# locked() reports the state; acquire() and release() can be called without async with.
import asyncio


async def holder(lock):
    await lock.acquire()
    try:
        print("holder acquired; locked =", lock.locked())
        await asyncio.sleep(0.2)
    finally:
        lock.release()
        print("holder released")


async def main():
    lock = asyncio.Lock()
    print("locked at start:", lock.locked())
    task = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.1)
    print("main waits; locked =", lock.locked())
    async with lock:
        print("main got the lock")
    await task
    try:
        lock.release()
    except RuntimeError as e:
        print("release of an unlocked lock:", e)


asyncio.run(main())
