# run_in_executor passes only positional arguments: functools.partial supplies keyword ones.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial


def resize(name: str, *, width: int, height: int = 100, quality: int = 80) -> str:
    time.sleep(0.1)  # blocking work, e.g. an image library
    return f"{name} -> {width}x{height} q{quality}"


def checksum(data: bytes, *, seed: int = 0) -> int:
    return sum(data, seed) % 251


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    with ThreadPoolExecutor(max_workers=3) as pool:
        jobs = [
            loop.run_in_executor(pool, partial(resize, "cat.png", width=640)),
            loop.run_in_executor(pool, partial(resize, "dog.png", width=320, height=240)),
            loop.run_in_executor(pool, partial(resize, "owl.png", width=64, quality=95)),
        ]
        for line in await asyncio.gather(*jobs):
            print(line)
        print(await loop.run_in_executor(None, partial(checksum, b"asyncio", seed=7)))
    print("three blocking calls of 0.1 s took about", round(loop.time() - start, 1), "s")

    try:
        await loop.run_in_executor(None, resize, "x.png", 10)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
