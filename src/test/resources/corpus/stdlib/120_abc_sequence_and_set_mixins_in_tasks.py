"""A ring buffer as a collections.abc.Sequence and a tag set as a MutableSet, filled by producer tasks:
the mixins give index/count/reversed/in and the set operators."""
import asyncio
from collections.abc import Iterable, MutableSequence, MutableSet, Reversible, Sequence, Set


class Ring(Sequence):
    def __init__(self, size):
        self._items = []
        self._size = size

    def push(self, item):
        self._items.append(item)
        del self._items[:-self._size]

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return len(self._items)


class Tags(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, item):
        if item not in self._items:
            self._items.append(item)

    def discard(self, item):
        if item in self._items:
            self._items.remove(item)

    def __repr__(self):
        return f"Tags({self._items})"


async def producer(name, ring, tags, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        ring.push(f"{name}{i}")
        tags.add(name)
        tags.add(f"n{i % 2}")


async def main():
    ring, tags = Ring(4), Tags()
    await asyncio.gather(producer("a", ring, tags, 3, 0.1), producer("b", ring, tags, 2, 0.15))
    print(list(ring), len(ring), ring[-1], ring[1:3])
    print("b1" in ring, ring.index("b1"), ring.count("a2"), list(reversed(ring)))
    print(isinstance(ring, Sequence), isinstance(ring, MutableSequence), isinstance(ring, Reversible))
    print(tags, len(tags), "a" in tags)
    other = Tags(["a", "z"])
    print(sorted(tags & other), sorted(tags | other), sorted(tags - other), sorted(tags ^ other))
    print(tags >= Tags(["a"]), Tags(["a"]) < tags, tags == Tags(list(tags)), tags.isdisjoint(Tags(["q"])))
    tags -= Tags(["n0", "n1"])
    tags |= {"c"}
    print(tags, tags.pop(), tags)
    tags.remove("b")
    try:
        tags.remove("b")
    except KeyError as e:
        print("KeyError:", e)
    print(isinstance(tags, Set), isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet),
          isinstance(tags, Iterable))


asyncio.run(main())
