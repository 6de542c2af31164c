# contextlib.asynccontextmanager: an async context manager written as an async generator.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name: str):
    print(f"{name}: connecting")
    await asyncio.sleep(0.1)
    try:
        yield f"<conn {name}>"
    finally:
        await asyncio.sleep(0.1)
        print(f"{name}: closed")


@asynccontextmanager
async def timer(label: str):
    loop = asyncio.get_running_loop()
    start = loop.time()
    yield
    print(f"{label} took {round(loop.time() - start, 1)} s")


async def main() -> None:
    async with connection("db") as conn:
        print("using", conn)

    async with timer("two nested connections"):
        async with connection("a") as a, connection("b") as b:
            await asyncio.sleep(0.2)
            print("both open:", a, b)

    try:
        async with connection("c"):
            raise ValueError("query failed")
    except ValueError as e:
        print("error after cleanup:", e)


asyncio.run(main())
