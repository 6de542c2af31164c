# When main() returns, asyncio.run cancels tasks that are still running and lets them clean up.
import asyncio


async def background(name):
    try:
        while True:
            await asyncio.sleep(0.2)
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run")
        raise
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(background("poller"))
    await asyncio.sleep(0.3)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
