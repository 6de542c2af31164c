# Download several pages as bytes (resp.read()) and check them: size, an Adler-32 style checksum, the first bytes in hex.
import asyncio

import aiohttp

URLS = [
    "https://example.com/",
    "https://example.org/docs/intro",
    "https://httpbin.org/get?page=2",
    "https://api.github.com/repos/pallets/flask",
]


def adler32(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


async def download(session: aiohttp.ClientSession, url: str) -> tuple[str, bytes]:
    async with session.get(url) as resp:
        body = await resp.read()
        return url, body


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(download(session, u) for u in URLS))
    total = 0
    for url, body in results:
        total += len(body)
        print(f"{url:45} {len(body):4} bytes  adler32={adler32(body):08x}  head={body[:6].hex(' ')}")
        print("   type:", type(body).__name__, "starts with <html>:", body.startswith(b"<html>"),
              "first byte:", body[0], "last:", body[-1:])
    print("total bytes:", total)
    combined = b"".join(body for _, body in results)
    print("combined checksum:", hex(adler32(combined)), "sum:", sum(combined) % 251)
    print("text round trip ok:", all(body.decode("utf-8").encode() == body for _, body in results))


asyncio.run(main())
