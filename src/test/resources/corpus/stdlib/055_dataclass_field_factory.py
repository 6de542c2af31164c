# dataclasses.field: mutable defaults with default_factory, fields left out of repr, init and compare.
from dataclasses import dataclass, field
from itertools import count

_ids = count(1)


@dataclass
class Order:
    customer: str
    items: list[str] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)
    order_id: int = field(default_factory=lambda: next(_ids))
    notes: str = field(default="", repr=False)
    total: float = field(init=False, default=0.0)
    internal: int = field(default=0, compare=False)

    def add(self, item: str, price: float) -> None:
        self.items.append(item)
        self.total += price


a = Order("ann")
b = Order("bob", notes="leave at door")
a.add("book", 12.5)
a.add("pen", 1.5)
print(a)
print(b, repr(b.notes))
print(a.items is b.items)
print(Order("cid", order_id=99, internal=1) == Order("cid", order_id=99, internal=2))
try:
    Order("dan", total=5)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        values: list = []
except ValueError as e:
    print("ValueError:", e)
