# A callback that calls call_soon puts the new callback at the end of the ready queue:
# it runs on the next iteration, after everything that was already ready.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def outer(name):
        print("outer", name)
        loop.call_soon(print, "inner from", name)

    loop.call_soon(outer, "A")
    loop.call_soon(outer, "B")
    loop.call_soon(print, "plain C")
    await asyncio.sleep(0)
    print("main resumed")
    await asyncio.sleep(0)
    print("main resumed again")


asyncio.run(main())
