# The idiom from the asyncio guide's first example: run main() only when the
# file is executed as a script, not when it is imported.
import asyncio


async def main() -> None:
    print("hello")
    await asyncio.sleep(0.1)
    print("world")


print("module name:", __name__)

if __name__ == "__main__":
    asyncio.run(main())
else:
    print("imported, not running")
