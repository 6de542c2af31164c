# X | Y of classes: types.UnionType, printed as written, usable with isinstance and issubclass.
import types
import typing

IntOrStr = int | str
print(IntOrStr, type(IntOrStr), type(IntOrStr) is types.UnionType, IntOrStr.__args__)
print(int | None, None | int, int | str | None, (int | str) | (float | int), int | int, type(int | int))
print(IntOrStr == (str | int), IntOrStr == (int | float), hash(int | str) == hash(str | int))
print(isinstance(3, IntOrStr), isinstance("3", IntOrStr), isinstance(3.0, IntOrStr), isinstance(True, IntOrStr))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(None, types.NoneType | int))
print(list[int] | None, int | dict[str, int], typing.Optional[int], typing.Union[int, str])
print(typing.Union[int, str] == IntOrStr, typing.Optional[int] == (int | None), typing.Union[int | str, None])


class Node:
    parent: "Node | None" = None
    children: list["Node"] | None = None
    weight: int | float = 1


def walk(node: Node, depth: int | None = None) -> list[str] | None:
    return None


print(Node.__annotations__)
print(walk.__annotations__)
for bad in (lambda: int | "str", lambda: isinstance(1, list[int] | None), lambda: 3 | int):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
