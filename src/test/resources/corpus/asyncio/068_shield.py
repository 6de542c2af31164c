# shield() protects the inner task: cancelling the awaiter does not cancel the work.
import asyncio


async def commit():
    await asyncio.sleep(0.3)
    print("commit finished")
    return "committed"


async def handler(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("handler cancelled, commit keeps going")
        raise


async def main():
    work = asyncio.create_task(commit())
    request = asyncio.create_task(handler(work))
    await asyncio.sleep(0.1)
    request.cancel()
    await asyncio.gather(request, return_exceptions=True)
    print("request cancelled:", request.cancelled(), "work cancelled:", work.cancelled())
    print(await work)


asyncio.run(main())
