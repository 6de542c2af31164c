# A line-oriented protocol over a simulated stream: chunks arrive over time, a reader splits them into
# lines at b"\r\n", parses commands with bytes methods and answers in bytes.
import asyncio

CHUNKS = [b"HELO client.exa", b"mple.com\r\nMAIL FROM:<a", b"lice@example.com>\r\n  rcpt to:<bob@",
          b"example.org>  \r\nDATA\r\nhello bob\r\n.\r\nQUIT\r\n"]


async def network(writer: asyncio.Queue) -> None:
    for chunk in CHUNKS:
        await asyncio.sleep(0.05)
        await writer.put(chunk)
    await writer.put(None)


async def read_lines(reader: asyncio.Queue):
    buffer = b""
    while True:
        chunk = await reader.get()
        if chunk is None:
            return
        buffer += chunk
        while b"\r\n" in buffer:
            line, _, buffer = buffer.partition(b"\r\n")
            yield line


async def session(reader: asyncio.Queue) -> list[bytes]:
    replies = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    async for line in read_lines(reader):
        command = line.strip()
        verb, _, argument = command.partition(b" ")
        verb = verb.upper()
        if verb in (b"HELO", b"EHLO"):
            reply = b"250 hello " + argument
        elif verb == b"MAIL" or verb == b"RCPT":
            address = argument.split(b":", 1)[1].strip(b"<> ")
            user, host = address.split(b"@")
            reply = b"250 ok " + user + b" at " + host.upper()
        elif verb == b"DATA":
            reply = b"354 go ahead"
        elif verb == b"QUIT":
            reply = b"221 bye"
        else:
            reply = b"250 " + str(len(command)).encode() + b" bytes"
        print(f"tick {int((loop.time() - start) * 20)} {command!r:40} -> {reply!r}")
        replies.append(reply)
    return replies


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    _, replies = await asyncio.gather(network(queue), session(queue))
    codes = [r[:3] for r in replies]
    print(codes, b",".join(codes), codes.count(b"250"))
    print(b"\r\n".join(replies).count(b"\r\n"), replies[1].find(b"alice"), replies[1].replace(b"ok", b"OK"))
    print(b"  a b\tc\n".split(), b"a,b,,c".split(b","), b"k=v=w".rsplit(b"=", 1), b"x".center(5, b"*"))
    print(b"MiXeD".lower(), b"MiXeD".upper(), b"abc".endswith((b"bc", b"x")), b"42".isdigit(), b"12".zfill(4))


asyncio.run(main())
