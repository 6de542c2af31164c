# loop.set_debug(True) inside a running loop and asyncio.Runner(debug=True): slow steps are logged through
# logging, so basicConfig's format applies; the log goes to stderr, the program's report to stdout.
import asyncio
import logging
import time

logging.basicConfig(level=logging.WARNING, format="%(levelname)s:%(name)s:%(message)s")


class Collect(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        what, seconds = record.args
        self.seen.append(f"{what.split(' at ')[0]} {seconds >= 0.1}")
        return True


collect = Collect()
logging.getLogger("asyncio").addFilter(collect)


def slow_handler(tag: str) -> None:
    time.sleep(0.12)


async def worker(name: str, pause: float) -> str:
    await asyncio.sleep(0.01)
    time.sleep(pause)
    return name


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("debug at start:", loop.get_debug())
    await worker("not measured", 0.2)
    loop.set_debug(True)
    print("debug now:", loop.get_debug())
    loop.call_soon(slow_handler, "x")
    print(await asyncio.gather(worker("fast", 0.0), worker("slow", 0.2)))


asyncio.run(main())
for line in collect.seen:
    print("logged:", line)
collect.seen.clear()
with asyncio.Runner(debug=True) as runner:
    print(runner.get_loop().get_debug())
    print(runner.run(worker("in runner", 0.3)))
for line in collect.seen:
    print("logged:", line)
logging.warning("all runs finished")
