# Extra arguments for a done callback are passed with functools.partial.
import asyncio
import functools


def log(prefix, fut):
    print(f"[{prefix}] finished with {fut.result()!r}")


async def main():
    loop = asyncio.get_running_loop()
    futures = []
    for tag in ["db", "cache"]:
        fut = loop.create_future()
        fut.add_done_callback(functools.partial(log, tag))
        futures.append(fut)
    loop.call_later(0.2, futures[0].set_result, "rows")
    loop.call_later(0.1, futures[1].set_result, "hit")
    print(await asyncio.gather(*futures))


asyncio.run(main())
