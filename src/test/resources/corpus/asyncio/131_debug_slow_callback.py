# Debug mode: asyncio.run(main(), debug=True) logs every callback or task step that blocks the loop for
# longer than loop.slow_callback_duration (0.1 s), as a WARNING of the "asyncio" logger.
import asyncio
import logging
import time


class SlowCallbackReport(logging.Handler):
    """Prints what asyncio logged, with the duration rounded (CPython measures real time)."""

    def emit(self, record: logging.LogRecord) -> None:
        what, seconds = record.args
        print(f"{record.levelname} {record.name}: {record.msg!r}")
        print(f"    {' '.join(what.split()[:3])} ... took about {round(seconds, 1)} s")


async def crunch(n: int) -> int:
    await asyncio.sleep(0.01)
    time.sleep(0.25)  # blocking work inside a coroutine: the whole loop waits
    return n * n


def blocking_callback() -> None:
    time.sleep(0.15)


def quick_callback() -> None:
    print("quick callback ran")


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "threshold:", loop.slow_callback_duration)
    task = asyncio.create_task(crunch(7), name="cruncher")
    loop.call_soon(blocking_callback)
    loop.call_soon(quick_callback)
    time.sleep(0.2)
    await asyncio.sleep(0.05)
    print("result:", await task)
    loop.slow_callback_duration = 0.5
    print("threshold now", loop.slow_callback_duration)
    time.sleep(0.3)  # under the new threshold: not reported
    await asyncio.sleep(0)
    print("done")


logging.getLogger("asyncio").addHandler(SlowCallbackReport())
logging.getLogger("asyncio").propagate = False
asyncio.run(main(), debug=True)
asyncio.run(main())  # debug is off again: nothing is reported
