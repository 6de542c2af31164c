# Properties: methods that look like attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as error:
    print("ValueError:", error, "- still", t.celsius)

# A read-only property cannot be assigned
try:
    t.fahrenheit = 0
except AttributeError as error:
    print("AttributeError:", error)

# A computed property with a deleter
class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @full_name.setter
    def full_name(self, value):
        self.first, self.last = value.split(" ", 1)

    @full_name.deleter
    def full_name(self):
        print("deleting name")
        self.first = self.last = ""

p = Person("Grace", "Hopper")
print(p.full_name)
p.full_name = "Ada Lovelace"
print(p.first, "|", p.last)
del p.full_name
print(repr(p.full_name), type(Person.full_name).__name__)
