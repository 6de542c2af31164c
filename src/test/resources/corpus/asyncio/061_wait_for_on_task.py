# wait_for on an existing task cancels that task on timeout; shield it to keep it running.
import asyncio


async def job(name):
    await asyncio.sleep(0.5)
    print(name, "finished")
    return name


async def main():
    plain = asyncio.create_task(job("plain"))
    shielded = asyncio.create_task(job("shielded"))
    for task, awaitable in [(plain, plain), (shielded, asyncio.shield(shielded))]:
        try:
            await asyncio.wait_for(awaitable, timeout=0.1)
        except TimeoutError:
            print(task.get_name(), "timed out; cancelled:", task.cancelled())
    print("shielded result:", await shielded)


asyncio.run(main())
