import asyncio

started = {}


def report(task):
    name = task.get_name()
    took = asyncio.get_running_loop().time() - started[name]
    if task.cancelled():
        print(f"{name} cancelled after {took:.1f} s")
    elif task.exception() is not None:
        print(f"{name} failed after {took:.1f} s: {task.exception()!r}")
    else:
        print(f"{name} returned {task.result()!r} after {took:.1f} s")


def start(coro, name):
    task = asyncio.create_task(coro, name=name)
    started[name] = asyncio.get_running_loop().time()
    print(f"created {name}")
    task.add_done_callback(report)
    return task


async def download(n):
    await asyncio.sleep(0.1 * n)
    if n == 3:
        raise ConnectionError("reset by peer")
    return n


async def main():
    tasks = [start(download(n), f"download-{n}") for n in (1, 2, 3)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)


asyncio.run(main())
