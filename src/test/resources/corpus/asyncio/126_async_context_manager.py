# An async context manager may await while entering and leaving, and sees exceptions from the block.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(self.name, "connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(self.name, "closed after", exc_type.__name__ if exc_type else "success")
        return exc_type is KeyError  # swallow KeyError only


async def main():
    async with Connection("first") as conn:
        print("using", conn.name)
    async with Connection("second"):
        raise KeyError("missing row")
    print("KeyError was swallowed")
    try:
        async with Connection("third"):
            raise ValueError("bad row")
    except ValueError as e:
        print("ValueError propagated:", e)


asyncio.run(main())
