# An exception raised in an executor thread is re-raised where the future is awaited.
import asyncio
import time


def parse_file(name):
    time.sleep(0.1)
    if not name.endswith(".csv"):
        raise ValueError(f"{name} is not a CSV file")
    return f"{name}: 3 rows"


async def main():
    loop = asyncio.get_running_loop()
    for name in ["data.csv", "notes.txt"]:
        try:
            print(await loop.run_in_executor(None, parse_file, name))
        except ValueError as e:
            print("failed:", e)


asyncio.run(main())
