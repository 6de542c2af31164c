# With return_exceptions=True, failures come back as exception objects in the results list.
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def main():
    inputs = ["1", "two", "3", ""]
    results = await asyncio.gather(*(parse(t) for t in inputs), return_exceptions=True)
    for text, result in zip(inputs, results):
        if isinstance(result, Exception):
            print(f"{text!r}: {type(result).__name__}: {result}")
        else:
            print(f"{text!r}: {result}")


asyncio.run(main())
