# class Seconds(float) for durations and class Seen(set) that remembers duplicates: a small concurrent crawl.
import asyncio


class Seconds(float):
    def __str__(self) -> str:
        return f"{float(self) * 1000:.0f} ms"

    def __add__(self, other: float) -> "Seconds":
        return Seconds(float(self) + other)


class Seen(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.duplicates = 0

    def visit(self, url: str) -> bool:
        if url in self:
            self.duplicates += 1
            return False
        self.add(url)
        return True


LINKS = {"/": ["/a", "/b"], "/a": ["/b", "/c"], "/b": ["/", "/c"], "/c": []}


async def crawl(url: str, seen: Seen, spent: list[Seconds]) -> None:
    if not seen.visit(url):
        return
    cost = Seconds(0.01 * (len(url) + 1))
    await asyncio.sleep(cost)
    spent.append(cost)
    await asyncio.gather(*(crawl(link, seen, spent) for link in LINKS[url]))


async def main() -> None:
    seen, spent = Seen(), []
    await crawl("/", seen, spent)
    total = Seconds(0)
    for s in spent:
        total = total + s
    print(sorted(seen), len(seen), seen.duplicates, isinstance(seen, set), type(seen).__name__)
    print(total, repr(round(total, 2)), type(total).__name__, f"{total:.3f}", [str(s) for s in spent])
    print(Seen(["x"]) | {"y"} == {"x", "y"}, type(Seen() | set()).__name__, Seen("ab") == set("ba"))
    print(Seconds(1.5) > 1, Seconds(0.25) * 4, type(Seconds(0.25) * 4).__name__, -Seconds(2), abs(Seconds(-2)))
    print(Seen(), Seen([3]), frozenset(Seen([1])), Seconds.__mro__)


asyncio.run(main())
