# Cancelling a pending future completes it as cancelled; a done future cannot be cancelled.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    pending = loop.create_future()
    print("cancel pending:", pending.cancel())
    print("cancelled:", pending.cancelled(), "done:", pending.done())
    try:
        pending.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")

    finished = loop.create_future()
    finished.set_result("kept")
    print("cancel finished:", finished.cancel())
    print("still", finished.result())
    print("cancel again:", pending.cancel())


asyncio.run(main())
