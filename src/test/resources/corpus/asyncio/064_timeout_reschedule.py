# A timeout's deadline can be moved while the block runs: reschedule() and when().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.3) as cm:
            print("deadline in", round(cm.when() - start, 1))
            await asyncio.sleep(0.2)
            cm.reschedule(loop.time() + 0.5)
            print("pushed to", round(cm.when() - start, 1))
            await asyncio.sleep(0.4)
            print("still inside at", round(loop.time() - start, 1))
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out at", round(loop.time() - start, 1))


asyncio.run(main())
