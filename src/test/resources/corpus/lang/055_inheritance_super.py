# Inheritance, overriding and super().
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Rectangle(Shape):
    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return "A " + super().describe() + f" (side {self.width})"


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3.14159 * self.radius ** 2


shapes = [Shape("blob"), Rectangle(2, 3), Square(4), Circle(1)]
for shape in shapes:
    print(shape.describe())

print(isinstance(shapes[2], Rectangle), isinstance(shapes[2], Circle))
print([type(s).__name__ for s in shapes])
print(Square.__bases__[0].__name__, [c.__name__ for c in Square.__mro__])
