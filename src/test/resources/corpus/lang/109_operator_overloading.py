# Operator overloading: a 2-D vector class.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector(self.x * scalar, self.y * scalar)
        return NotImplemented

    def __rmul__(self, scalar):
        return self * scalar

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


a = Vector(1, 2)
b = Vector(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a)
print(abs(b), a == Vector(1, 2), a != b)
print(bool(Vector(0, 0)), bool(a))

# Augmented assignment falls back to __add__ and rebinds
c = a
c += b
print(c, a, c is a)

# sum() needs a start value that supports +
print(sum([a, b, Vector(10, 10)], Vector(0, 0)))

# Unsupported combinations raise TypeError
try:
    a * "x"
except TypeError as error:
    print("TypeError:", error)
try:
    a + 1
except AttributeError as error:
    print("AttributeError:", error)
