# An exception in a callback does not stop the loop: it goes to the loop's exception handler.
import asyncio


def risky(n):
    print("callback", n)
    if n == 2:
        raise ZeroDivisionError("callback 2 divided by zero")


def handler(loop, context):
    print("handler got", repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for n in range(1, 4):
        loop.call_soon(risky, n)
    await asyncio.sleep(0.1)
    print("the loop kept running")


asyncio.run(main())
