# cancelling() counts pending cancel requests; uncancel() takes one back.
# A task that handles a cancellation for good should uncancel() so structured code stays correct.
import asyncio


async def resilient():
    task = asyncio.current_task()
    for attempt in range(3):
        try:
            await asyncio.sleep(0.2)
            print("attempt", attempt, "finished")
            return attempt
        except asyncio.CancelledError:
            print("attempt", attempt, "cancelled; cancelling() =", task.cancelling())
            print("uncancel() ->", task.uncancel())


async def main():
    task = asyncio.create_task(resilient())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.sleep(0.1)
    task.cancel()
    print("result:", await task)
    print("cancelling() at the end:", task.cancelling())


asyncio.run(main())
