import asyncio


def fetch():
    await asyncio.sleep(0.1)
    return "data"


print(fetch())
