# A ThreadPoolExecutor with one worker runs blocking jobs one after another, in submission order.
import asyncio
import concurrent.futures
import time


def blocking_job(n):
    time.sleep(0.2)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        futures = [loop.run_in_executor(pool, blocking_job, n) for n in range(3)]
        for fut in asyncio.as_completed(futures):
            result = await fut
            print(f"result {result} at {round(loop.time() - start, 1)}")


asyncio.run(main())
