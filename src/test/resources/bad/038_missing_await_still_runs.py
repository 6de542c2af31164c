import asyncio


async def fetch():
    await asyncio.sleep(0.01)
    return "data"


async def main():
    result = fetch()  # forgot await: result is a coroutine object, fetch never runs
    print("got a", type(result).__name__)
    print("is it data?", result == "data")


asyncio.run(main())
print("program finished")
