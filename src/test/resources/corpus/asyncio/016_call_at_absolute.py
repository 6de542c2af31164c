# call_at takes an absolute loop time; call_later(d) is call_at(loop.time() + d).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()

    def tick(n):
        print(f"tick {n} at {round(loop.time() - start, 1)}")
        if n == 3:
            done.set_result("all ticks")

    for n in (3, 1, 2):
        handle = loop.call_at(start + n * 0.2, tick, n)
        print(f"tick {n} due in {round(handle.when() - start, 1)}")
    print(await done)


asyncio.run(main())
