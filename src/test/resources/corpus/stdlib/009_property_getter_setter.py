# @property turns methods into attributes, with validation in the setter.
class Temperature:
    def __init__(self, celsius: float = 0.0) -> None:
        self.celsius = celsius  # goes through the setter

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("rejected:", e)
print(t.celsius)

try:
    del t.celsius
except AttributeError as e:
    print("AttributeError:", e)

print(type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fget.__name__)


class Circle:
    def __init__(self, radius: float) -> None:
        self.radius = radius

    @property
    def diameter(self) -> float:
        return 2 * self.radius


c = Circle(1.5)
print(c.diameter)
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError:", e)
