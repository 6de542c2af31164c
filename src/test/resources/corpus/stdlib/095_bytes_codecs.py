# Decoding payloads of unknown quality in parallel: strict decoding fails with CPython's UnicodeDecodeError,
# errors="replace" and "ignore" recover, and encoding refuses what a codec cannot represent.
import asyncio

PAYLOADS = [
    b"plain ascii",
    "caf\u00e9 na\u00efve".encode("utf-8"),
    b"latin-1 caf\xe9",
    b"truncated \xe2\x82",
    b"\xff\xfebad start",
    b"mixed \xc3\xa9 and \xe9",
]


async def decode(payload: bytes, encoding: str, errors: str = "strict") -> str:
    await asyncio.sleep(0.01)
    return payload.decode(encoding, errors)


async def main() -> None:
    for encoding in ["utf-8", "ascii", "latin-1"]:
        results = await asyncio.gather(*(decode(p, encoding) for p in PAYLOADS), return_exceptions=True)
        print(f"--- {encoding}")
        for payload, result in zip(PAYLOADS, results):
            if isinstance(result, UnicodeDecodeError):
                print(f"  {payload!r:28} {type(result).__name__}: {result}")
                print(f"  {'':28} encoding={result.encoding} start={result.start} end={result.end} reason={result.reason!r}")
            else:
                print(f"  {payload!r:28} {result!r}")
    for errors in ["replace", "ignore"]:
        fixed = await asyncio.gather(*(decode(p, "utf-8", errors) for p in PAYLOADS))
        print(errors, fixed)
    print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"))
    for text in ["naïve", "€uro", "plain"]:
        for encoding in ["utf-8", "latin-1", "ascii"]:
            try:
                print(f"{text!r} {encoding}: {text.encode(encoding)!r}")
            except UnicodeEncodeError as e:
                print(f"{text!r} {encoding}: {e}  -> replace {text.encode(encoding, 'replace')!r}"
                      f" ignore {text.encode(encoding, errors='ignore')!r}")
    for bad in [lambda: b"x".decode("klingon"), lambda: "x".encode("utf-9"), lambda: b"\xff".decode("utf-8", "shout")]:
        try:
            bad()
        except LookupError as e:
            print("LookupError:", e)
    print(UnicodeDecodeError.__mro__[1].__name__, issubclass(UnicodeEncodeError, ValueError))


asyncio.run(main())
