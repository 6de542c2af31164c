# A coroutine function returns a coroutine object; nothing runs until it is awaited or wrapped in a task.
import asyncio
import inspect


async def greet(name):
    print("hello", name)
    return len(name)


def plain():
    return 1


async def main():
    coro = greet("ada")
    print("iscoroutine:", asyncio.iscoroutine(coro))
    print("is coroutine function:", inspect.iscoroutinefunction(greet), inspect.iscoroutinefunction(plain))
    print("plain result is coroutine:", asyncio.iscoroutine(plain()))
    print("nothing printed yet; now awaiting")
    print("returned", await coro)
    unused = greet("never")
    unused.close()  # closing a coroutine that never ran avoids the "never awaited" warning
    print("closed without running")


asyncio.run(main())
