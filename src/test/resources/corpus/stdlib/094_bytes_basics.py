# bytes behave like CPython's: repr rules, indexing gives ints, slicing gives bytes, comparisons, hashing.
import asyncio


async def show(label: str, value) -> None:
    await asyncio.sleep(0)
    print(f"{label:14} {value!r}")


async def main() -> None:
    data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n"
    await show("data", data)
    await show("quotes", [b"it's", b'say "hi"', b"both ' and \"", b"back\\slash"])
    await show("escapes", b"\x00\x01\x7f\x80\xff\t\n\r" + rb"\x41")
    await show("index", (data[0], data[-1], data[4:10], data[::-5][:4]))
    await show("iterate", [b for b in b"abc"])
    await show("len, in", (len(data), b"Host" in data, 10 in data, 300 in range(3)))
    await show("+, *", (b"ab" + b"cd", b"-" * 5, 2 * b"xy", b"" * 3))
    await show("compare", (b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"a", b"x" == "x", b"x" != "x"))
    await show("dict key", {b"a": 1, bytes([97]): 2, "a": 3})
    await show("set", sorted({b"b", b"a", b"b"}))
    await show("constructors", (bytes(3), bytes([1, 2, 3]), bytes(range(65, 70)), bytes("é", "utf-8"), bytes()))
    await show("str()", (str(b"ok"), f"{b'ok'}", "%s" % b"ok", "{}".format(b"ok")))
    await show("bool", (bool(b""), bool(b"\x00")))
    await show("type", (type(b""), isinstance(data, bytes), isinstance(data, str)))
    await show("sum, list", (sum(b"\x01\x02\x03"), list(b"hi"), max(b"azm"), sorted(b"cab")))
    await show("int", int(b"42") + 1)
    print(b"printed as is", b"")
    key = "x"
    for bad in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: "a" in b"abc", lambda: 256 in b"a",
                lambda: b"ab"[5], lambda: b"ab"[key], lambda: bytes("abc"), lambda: bytes([1, 256]),
                lambda: bytes(-1), lambda: b"a" < "b", lambda: bytes(2.5)]:
        try:
            bad()
        except (TypeError, ValueError, IndexError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
