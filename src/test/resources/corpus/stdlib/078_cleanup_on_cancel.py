# An async context manager that cleans up when the task using it is cancelled.
import asyncio


class Lease:
    active: list[str] = []

    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Lease":
        await asyncio.sleep(0.1)
        Lease.active.append(self.name)
        print(f"lease {self.name} acquired")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        reason = exc_type.__name__ if exc_type else "normal exit"
        await asyncio.sleep(0)  # an await during cleanup is allowed even when cancelled
        Lease.active.remove(self.name)
        print(f"lease {self.name} released ({reason})")


async def long_job(name: str, steps: int) -> str:
    async with Lease(name):
        for i in range(steps):
            await asyncio.sleep(0.2)
            print(f"{name} step {i + 1}")
    return f"{name} complete"


async def main() -> None:
    short = asyncio.create_task(long_job("short", 1))
    long = asyncio.create_task(long_job("long", 10))
    await asyncio.sleep(0.4)
    print("active:", Lease.active)
    long.cancel()
    for task in (short, long):
        try:
            print(await task)
        except asyncio.CancelledError:
            print("long was cancelled, cancelled() =", task.cancelled())
    print("active:", Lease.active)

    try:
        await asyncio.wait_for(long_job("timed", 10), timeout=0.4)
    except asyncio.TimeoutError:
        print("timed out; active:", Lease.active)


asyncio.run(main())
