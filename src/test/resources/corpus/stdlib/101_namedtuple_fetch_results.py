# collections.namedtuple records for what concurrent fetches return: real tuples, so they sort, unpack and compare.
import asyncio
from collections import namedtuple

Response = namedtuple("Response", "url status elapsed", defaults=[0.0])


async def fetch(url: str, delay: float) -> Response:
    await asyncio.sleep(delay)
    status = 404 if "missing" in url else 200
    return Response(url, status, delay)


async def main() -> None:
    tasks = [asyncio.create_task(fetch(url, d)) for url, d in
             [("/home", 0.03), ("/missing", 0.01), ("/api", 0.02)]]
    responses = [await t for t in asyncio.as_completed(tasks)]
    for r in responses:
        url, status, elapsed = r
        print(f"{url:<9}{status} {elapsed:.2f}", r[1] == r.status)
    print(responses[0], isinstance(responses[0], tuple), len(responses[0]))
    print(sorted(responses)[0], max(responses, key=lambda r: r.elapsed).url)
    print(Response("/x", 500), Response._fields, Response._field_defaults)
    ok = [r._replace(elapsed=round(r.elapsed * 1000)) for r in responses if r.status == 200]
    print(ok, [r._asdict() for r in ok][0])
    print(Response._make(["/made", 201, 0.5]), tuple(ok[0]), ok[0] == ("/api", 200, 20))
    by_status = {}
    for r in responses:
        by_status.setdefault(r.status, []).append(r.url)
    print(by_status, {responses[0]: "first"}[responses[0]])
    try:
        responses[0].status = 500
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
