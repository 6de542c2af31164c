# Sensor packets arrive from several coroutines; a hex dump prints them as `xxd` would.
import asyncio


def hexdump(data: bytes, width: int = 8) -> None:
    for offset in range(0, len(data), width):
        row = data[offset:offset + width]
        hex_part = row.hex(" ").ljust(width * 3 - 1)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in row)
        print(f"{offset:08x}: {hex_part}  {text}")


async def sensor(ident: int, readings: list[int], delay: float) -> bytes:
    await asyncio.sleep(delay)
    header = b"S" + bytes([ident])
    body = bytes(r & 0xFF for r in readings)
    checksum = bytes([sum(header + body) % 256])
    return header + body + checksum


async def main() -> None:
    packets = await asyncio.gather(
        sensor(1, [20, 21, 255, 0], 0.03),
        sensor(2, [104, 105, 10, 13, 9], 0.01),
        sensor(3, list(range(60, 72)), 0.02),
    )
    for packet in packets:
        print(packet)
    blob = b"".join(packets)
    hexdump(blob)
    print("fromhex round trip:", bytes.fromhex(blob.hex()) == blob)
    print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex(":"), b"abcdef".hex("-", 2))
    for packet in packets:
        valid = sum(packet[:-1]) % 256 == packet[-1]
        print(packet[:2], "valid" if valid else "corrupt", list(packet[2:5]))


asyncio.run(main())
