# Several tasks awaiting one future all wake when it completes, in the order they started waiting.
import asyncio


async def waiter(name, fut):
    print(name, "waiting")
    value = await fut
    print(name, "got", value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.1)
    print("setting result")
    fut.set_result("go")
    await asyncio.gather(*tasks)


asyncio.run(main())
