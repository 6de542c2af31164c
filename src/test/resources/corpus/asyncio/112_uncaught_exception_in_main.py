# An exception that escapes main() propagates out of asyncio.run() and ends the program.
import asyncio


async def load(path):
    await asyncio.sleep(0.1)
    raise FileNotFoundError(f"no such file: {path}")


async def main():
    print("loading")
    await load("settings.toml")
    print("never printed")


asyncio.run(main())
