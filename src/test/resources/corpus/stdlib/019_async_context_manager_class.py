# __aenter__ and __aexit__: an async context manager that "connects" and always disconnects.
import asyncio


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host
        self.open = False

    async def __aenter__(self) -> "Connection":
        print(f"connecting to {self.host}")
        await asyncio.sleep(0.1)
        self.open = True
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0.1)
        self.open = False
        print(f"disconnected from {self.host} ({exc_type.__name__ if exc_type else 'clean'})")
        return False

    async def query(self, sql: str) -> list[int]:
        if not self.open:
            raise RuntimeError("not connected")
        await asyncio.sleep(0.1)
        if "DROP" in sql:
            raise PermissionError("not allowed")
        return [1, 2, 3]


async def main() -> None:
    async with Connection("db1") as conn:
        print(await conn.query("SELECT n FROM t"))
    print("open after block:", conn.open)

    try:
        async with Connection("db2") as conn:
            await conn.query("DROP TABLE t")
    except PermissionError as e:
        print("error:", e)

    try:
        await conn.query("SELECT 1")
    except RuntimeError as e:
        print("error:", e)


asyncio.run(main())
