# Three workers share one queue; which worker gets a job depends on who is free first.
import asyncio


async def worker(name, queue, log):
    while True:
        n, seconds = await queue.get()
        await asyncio.sleep(seconds)
        log.append((n, name))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    log = []
    for n, seconds in enumerate([0.4, 0.2, 0.1, 0.6, 0.1, 0.3]):
        queue.put_nowait((n, seconds))
    workers = [asyncio.create_task(worker(f"w{i}", queue, log)) for i in range(3)]
    await queue.join()
    for n, name in log:
        print(f"job {n} done by {name}")
    for w in workers:
        w.cancel()


asyncio.run(main())
