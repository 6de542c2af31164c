# class Batch(list) overriding __getitem__ and __contains__: which builtins use the override and which do not.
import asyncio


class Batch(list):
    def __getitem__(self, index):
        result = super().__getitem__(index)
        return Batch(result) if isinstance(index, slice) else result

    def __contains__(self, item) -> bool:
        return any(x.lower() == item.lower() for x in self)

    def chunks(self, size: int) -> list["Batch"]:
        return [self[i:i + size] for i in range(0, len(self), size)]


async def upload(chunk: Batch, number: int) -> str:
    await asyncio.sleep(0.01 * (3 - number))
    return f"chunk {number}: {', '.join(chunk)}"


async def main() -> None:
    files = Batch(["A.txt", "b.txt", "C.txt", "d.txt", "E.txt"])
    parts = files.chunks(2)
    print(parts, [type(p).__name__ for p in parts])
    for line in await asyncio.gather(*(upload(c, n) for n, c in enumerate(parts))):
        print(line)
    print("a.TXT" in files, files.count("a.TXT"), files.index("C.txt"), files[-1], [f for f in files][:2])
    first, *rest = files
    print(first, rest, type(rest).__name__, list(reversed(files))[:2], sorted(files, key=str.lower)[:3])
    files[0] = "a.txt"
    files.extend(["f.txt"])
    print(files, len(files), files.pop(), bool(Batch()), Batch("xy") == ["x", "y"])


asyncio.run(main())
