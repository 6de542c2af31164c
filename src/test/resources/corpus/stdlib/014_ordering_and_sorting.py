# __lt__ lets sorted(), min() and max() compare your objects; total_ordering fills in the rest.
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text: str) -> None:
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other: "Version") -> bool:
        return self.parts < other.parts

    def __repr__(self) -> str:
        return "v" + ".".join(map(str, self.parts))


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(versions))
print(min(versions), max(versions))
print(Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.0"), Version("1.0") <= Version("0.1"))
print(sorted(versions, reverse=True)[:2])


class Task:
    def __init__(self, priority: int, name: str) -> None:
        self.priority, self.name = priority, name

    def __lt__(self, other: "Task") -> bool:
        return self.priority < other.priority

    def __repr__(self) -> str:
        return f"{self.name}({self.priority})"


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test"), Task(1, "coffee")]
print(sorted(tasks))  # stable: plan stays before coffee
try:
    Task(1, "a") <= Task(2, "b")
except TypeError as e:
    print("TypeError:", e)
