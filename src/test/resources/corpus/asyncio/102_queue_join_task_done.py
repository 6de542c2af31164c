# join() waits until every item put has been marked with task_done().
import asyncio


async def worker(name, queue):
    while True:
        job = await queue.get()
        await asyncio.sleep(job)
        print(f"{name} finished a {job} s job")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in [0.3, 0.1, 0.1, 0.2]:
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{n}", queue)) for n in range(2)]
    await queue.join()
    print("all jobs done")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    try:
        queue.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
