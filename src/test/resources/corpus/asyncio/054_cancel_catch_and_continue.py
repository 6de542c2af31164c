# A task may treat cancellation as "stop the current step" and carry on with the next one.
import asyncio


async def steps():
    for n in range(3):
        try:
            await asyncio.sleep(0.3)
            print("step", n, "completed")
        except asyncio.CancelledError:
            print("step", n, "interrupted")
            asyncio.current_task().uncancel()
    return "all steps visited"


async def main():
    task = asyncio.create_task(steps())
    await asyncio.sleep(0.1)
    task.cancel()
    print(await task)


asyncio.run(main())
