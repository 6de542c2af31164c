# A worker thread must not touch the loop directly; call_soon_threadsafe hands a callback to it.
import asyncio
import concurrent.futures
import time


def thread_job(loop, fut):
    time.sleep(0.3)
    loop.call_soon_threadsafe(fut.set_result, "value from the thread")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.create_future()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        done = loop.run_in_executor(pool, thread_job, loop, fut)
        print("waiting for the thread")
        print(await fut, "at", round(loop.time() - start, 1))
        await done


asyncio.run(main())
