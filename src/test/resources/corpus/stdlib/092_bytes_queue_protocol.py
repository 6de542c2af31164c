# A tiny length-prefixed wire protocol over an asyncio.Queue: the producer frames messages as bytes,
# the consumer reassembles frames from chunks of arbitrary size and decodes them.
import asyncio


def frame(message: str) -> bytes:
    payload = message.encode("utf-8")
    return bytes([len(payload) >> 8, len(payload) & 0xFF]) + payload


async def producer(queue: asyncio.Queue, messages: list[str]) -> None:
    stream = b"".join(frame(m) for m in messages)
    print("stream is", len(stream), "bytes:", stream[:12])
    for start in range(0, len(stream), 7):  # chunks that cut frames anywhere
        await queue.put(stream[start:start + 7])
        await asyncio.sleep(0.01)
    await queue.put(b"")  # end of stream


async def consumer(queue: asyncio.Queue) -> list[str]:
    buffer = b""
    received = []
    while True:
        chunk = await queue.get()
        if not chunk:
            break
        buffer += chunk
        while len(buffer) >= 2:
            size = buffer[0] * 256 + buffer[1]
            if len(buffer) < 2 + size:
                break
            payload, buffer = buffer[2:2 + size], buffer[2 + size:]
            text = payload.decode("utf-8")
            print(f"frame of {size:2} bytes -> {text!r}")
            received.append(text)
    print("leftover:", buffer, len(buffer))
    return received


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=3)
    messages = ["HELLO", "temperature=21.5", "café ☕", "", "BYE"]
    _, received = await asyncio.gather(producer(queue, messages), consumer(queue))
    print("all received:", received == messages)
    print(frame("é"), frame("abc") == b"\x00\x03abc", frame("x") < frame("y"))


asyncio.run(main())
