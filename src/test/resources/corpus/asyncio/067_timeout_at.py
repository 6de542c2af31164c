# timeout_at() takes an absolute deadline on the loop's clock: one deadline for several steps.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = start + 0.7
    done = []
    try:
        async with asyncio.timeout_at(deadline):
            for name in ["resolve", "connect", "handshake", "send"]:
                await asyncio.sleep(0.3)
                done.append(name)
    except TimeoutError:
        print("deadline reached at", round(loop.time() - start, 1))
    print("completed steps:", done)


asyncio.run(main())
