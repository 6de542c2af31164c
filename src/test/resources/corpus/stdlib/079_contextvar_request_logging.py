# A ContextVar carries the request id into log lines through a logging.Filter, task by task.
import asyncio
import logging
import sys
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="no-request")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestIdFilter())
handler.setFormatter(logging.Formatter("%(request_id)s %(levelname)s %(message)s"))
log = logging.getLogger("web")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def query_db(sql: str) -> int:
    log.info("query: %s", sql)
    await asyncio.sleep(0.1)
    return len(sql)


async def handle_request(rid: str, path: str, delay: float) -> None:
    request_id.set(rid)
    log.info("GET %s", path)
    await asyncio.sleep(delay)
    rows = await query_db(f"SELECT * FROM pages WHERE path = '{path}'")
    log.info("done, %d rows", rows)


async def main() -> None:
    log.info("server ready")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle_request("r1", "/", 0.4))
        tg.create_task(handle_request("r2", "/about", 0.1))
        tg.create_task(handle_request("r3", "/blog", 0.2))
    log.info("all requests served")


asyncio.run(main())
