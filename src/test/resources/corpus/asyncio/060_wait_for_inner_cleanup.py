# wait_for waits until the cancelled inner task has finished its cleanup before raising TimeoutError.
import asyncio


async def transfer():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("transfer: rolling back")
        await asyncio.sleep(0.2)
        print("transfer: rolled back")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(transfer(), timeout=0.5)
    except TimeoutError:
        print("TimeoutError at", round(loop.time() - start, 1))


asyncio.run(main())
