# With postponed evaluation, annotations are stored as strings and may name
# classes that do not exist yet.
from __future__ import annotations


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        node = Node(value)
        self.next = node
        return node


def to_list(head: Node | None) -> list[int]:
    out: list[int] = []
    while head is not None:
        out.append(head.value)
        head = head.next
    return out


head = Node(1)
head.append(2).append(3)
print(to_list(head))
print(Node.__init__.__annotations__)
print(Node.append.__annotations__)
print(to_list.__annotations__)
print(type(to_list.__annotations__["return"]).__name__)
