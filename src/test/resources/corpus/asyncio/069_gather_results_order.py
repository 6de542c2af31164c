# gather() returns results in the order of its arguments, whatever order they finish in.
import asyncio


async def lookup(name, seconds):
    await asyncio.sleep(seconds)
    print("finished", name)
    return name.upper()


async def main():
    results = await asyncio.gather(
        lookup("slow", 0.5),
        lookup("fast", 0.1),
        lookup("medium", 0.3),
    )
    print(results)


asyncio.run(main())
