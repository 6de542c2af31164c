# match with class patterns on dataclasses, positional via __match_args__ and by keyword.
from dataclasses import dataclass
import math


@dataclass
class Circle:
    radius: float


@dataclass
class Rect:
    width: float
    height: float


@dataclass
class Triangle:
    a: float
    b: float
    c: float


def area(shape) -> float:
    match shape:
        case Circle(radius=r):
            return math.pi * r * r
        case Rect(w, h) if w == h:
            print("  (a square)")
            return w * w
        case Rect(w, h):
            return w * h
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case int() | float():
            return 0.0
        case _:
            raise TypeError(f"not a shape: {shape!r}")


for shape in [Circle(1), Rect(2, 3), Rect(4, 4), Triangle(3, 4, 5), 7]:
    print(shape, round(area(shape), 2))
print(Rect.__match_args__)
try:
    area("hexagon")
except TypeError as e:
    print("TypeError:", e)

for value in [3, -2, "hi", [1, 2], {"k": 1}, 2.5]:
    match value:
        case int(n) if n > 0:
            print(n, "positive int")
        case int(n):
            print(n, "other int")
        case str(s):
            print(repr(s), "string of", len(s))
        case list() | tuple():
            print(value, "sequence")
        case dict():
            print(value, "dict")
        case _:
            print(value, "something else")
