# A task decodes a corrupt payload: the UnicodeDecodeError propagates out of asyncio.run with CPython's message.
import asyncio


async def fetch_payload() -> bytes:
    await asyncio.sleep(0.1)
    return b"ok \xff not utf-8"


async def parse() -> str:
    payload = await fetch_payload()
    print("payload:", payload, len(payload))
    return payload.decode()


async def main() -> None:
    text = await asyncio.create_task(parse())
    print("never printed", text)


asyncio.run(main())
