# exception() on a cancelled future raises CancelledError instead of returning it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    ok = loop.create_future()
    ok.set_result(None)
    print("exception() of a success:", ok.exception())

    failed = loop.create_future()
    failed.set_exception(RuntimeError("broken"))
    print("exception() of a failure:", repr(failed.exception()))

    cancelled = loop.create_future()
    cancelled.cancel()
    try:
        cancelled.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled future raised CancelledError")


asyncio.run(main())
