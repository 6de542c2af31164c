# collections.namedtuple: lightweight records with named fields.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4))
x, y = p
print(x + y, len(p))
print(p._replace(y=10), p)
print(p._asdict())
print(Point._fields, Point._make([7, 8]))

Employee = namedtuple("Employee", "name dept salary", defaults=[1000])
staff = [Employee("Ann", "IT", 5000), Employee("Bob", "HR"), Employee("Cy", "IT", 4000)]
for e in sorted(staff, key=lambda e: e.salary):
    print(f"{e.name:<4}{e.dept:<4}{e.salary:>6}")
print(Employee._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()

    @property
    def length(self) -> float:
        return (self.dx ** 2 + self.dy ** 2) ** 0.5

    def __add__(self, other: "Vector") -> "Vector":
        return Vector(self.dx + other.dx, self.dy + other.dy)


v = Vector(3, 4) + Vector(1, -1)
print(v, v.length, isinstance(v, tuple))
