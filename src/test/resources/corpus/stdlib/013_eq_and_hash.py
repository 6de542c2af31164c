# __eq__ and __hash__: value objects that work as dict keys and set members.
class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


a, b, c = Point(1, 2), Point(1, 2), Point(3, 4)
print(a == b, a is b, a != c, a == (1, 2))
print(len({a, b, c}))
visits = {a: "first"}
visits[b] = "second"
print(visits)
print(Point(3, 4) in [a, c])


class Mutable:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mutable) and self.v == other.v


# Defining __eq__ without __hash__ makes instances unhashable.
print(Mutable.__hash__)
try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)
print(Mutable(1) == Mutable(1), Mutable(1) != Mutable(2))
