# contextvars: each asyncio task runs in a copy of the context, so a ContextVar set in one
# task is invisible to the others (and to the code that created them).
import asyncio
from contextvars import ContextVar, copy_context

request_id: ContextVar[str] = ContextVar("request_id", default="-")


def log(message: str) -> None:
    print(f"[{request_id.get()}] {message}")


async def handle(rid: str, delay: float) -> str:
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("done")
    return rid


async def main() -> None:
    log("main before")
    results = await asyncio.gather(handle("req-1", 0.2), handle("req-2", 0.1))
    print(results)
    log("main after: the tasks' values did not leak")

    token = request_id.set("main")
    task = asyncio.create_task(handle("child", 0.1))
    await task
    log("main still sees its own value")
    request_id.reset(token)
    log("after reset")


print(request_id.name, request_id.get())
asyncio.run(main())
ctx = copy_context()
ctx.run(request_id.set, "in a copy")
print(ctx[request_id], request_id.get(), request_id in ctx)
