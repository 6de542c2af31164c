# Done callbacks run in the order they were added, and not inside set_result():
# they are scheduled with call_soon when the future completes.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for name in ["first", "second", "third"]:
        fut.add_done_callback(lambda f, name=name: print(name, "sees", f.result()))
    fut.set_result("ok")
    print("set_result returned")
    await asyncio.sleep(0)
    print("after one hand-off")


asyncio.run(main())
