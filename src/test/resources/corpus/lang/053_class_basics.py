# Defining a class with __init__ and methods.
class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []

    def bark(self):
        return f"{self.name} says woof"

    def learn(self, trick):
        self.tricks.append(trick)
        return self

    def human_years(self):
        return self.age * 7


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.bark())
print(fido.human_years())
rex.learn("sit").learn("roll over")
print(rex.tricks, fido.tricks)

# Attributes can be added and changed from outside
fido.color = "brown"
rex.age += 1
print(fido.color, rex.age)

# Methods are functions bound to the instance
speak = rex.bark
print(speak())
print(Dog.bark(fido))

# type and class name
print(type(rex).__name__, type(rex) is Dog, Dog.__name__)

# Missing attributes raise AttributeError
try:
    print(rex.color)
except AttributeError as error:
    print("AttributeError:", error)

# hasattr / getattr / setattr
print(hasattr(fido, "color"), hasattr(rex, "color"))
print(getattr(rex, "color", "unknown"))
setattr(rex, "color", "black")
print(rex.color)
