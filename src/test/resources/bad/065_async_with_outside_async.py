import asyncio


def use_lock(lock):
    async with lock:
        print("locked")


use_lock(asyncio.Lock())
