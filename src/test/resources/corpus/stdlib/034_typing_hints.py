# The typing module: names imported for annotations. They document intent; Python does not check them.
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Generic, Union, Iterable

T = TypeVar("T")
Number = Union[int, float]


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


def apply(func: Callable[[int], int], values: Iterable[int]) -> List[int]:
    return [func(v) for v in values]


def stats(values: List[Number]) -> Tuple[Number, Number]:
    return min(values), max(values)


def lookup(table: Dict[str, Any], key: str, default: Any = None) -> Any:
    return table.get(key, default)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)


print(first([3, 1, 2]), first([]))
print(apply(lambda n: n * n, range(4)))
print(stats([4, 2.5, 9]))
print(lookup({"a": 1}, "a"), lookup({}, "b", "missing"))

s: Stack[str] = Stack()
s.push("x")
s.push("y")
print(s.pop(), len(s))
print(type(s).__name__, isinstance(s, Stack))
print(T.__name__, first.__annotations__["items"] == List[T])
