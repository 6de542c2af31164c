# remove_done_callback removes every registration of that callback and says how many.
import asyncio


def shout(fut):
    print("shout", fut.result())


def whisper(fut):
    print("whisper", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(shout)
    fut.add_done_callback(whisper)
    fut.add_done_callback(shout)
    print("removed", fut.remove_done_callback(shout))
    print("removed", fut.remove_done_callback(shout))
    loop.call_later(0.1, fut.set_result, "hello")
    print("awaited", await fut)
    await asyncio.sleep(0)


asyncio.run(main())
