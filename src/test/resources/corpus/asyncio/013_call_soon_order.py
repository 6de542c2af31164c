# call_soon callbacks run in the order they were scheduled, on the next loop iteration.
import asyncio


def say(word, *more):
    print(word, *more)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(say, "first")
    loop.call_soon(say, "second", 2)
    loop.call_soon(say, "third", 3, "!")
    print("scheduled three callbacks")
    await asyncio.sleep(0)
    print("after one hand-off")


asyncio.run(main())
