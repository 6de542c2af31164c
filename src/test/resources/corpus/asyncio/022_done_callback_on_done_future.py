# Adding a callback to a future that is already done does not call it right away:
# it is scheduled to run soon.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(10)
    fut.add_done_callback(lambda f: print("callback got", f.result()))
    print("callback added")
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
