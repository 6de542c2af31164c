# isinstance() and issubclass().
class Animal:
    pass

class Mammal(Animal):
    pass

class Dog(Mammal):
    pass

class Bird(Animal):
    pass

rex = Dog()
print(isinstance(rex, Dog), isinstance(rex, Mammal), isinstance(rex, Animal))
print(isinstance(rex, Bird), isinstance(rex, (Bird, Mammal)))
print(issubclass(Dog, Animal), issubclass(Bird, Mammal), issubclass(Dog, Dog))
print(issubclass(Dog, (Bird, Mammal)), issubclass(Animal, object))

# Built-in types
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance(None, object))
print(issubclass(bool, int), issubclass(int, float))

# type() is exact, isinstance() follows inheritance
print(type(True) == int, isinstance(True, int))
print(type(rex) == Mammal, type(rex) == Dog)

# Exceptions are classes too
print(issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception))

# Dispatching on type
def describe(value):
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return f"a sequence of {len(value)}"
    return "something else"

for v in [True, 7, 2.5, "hi", [1, 2], (), None]:
    print(repr(v), "is", describe(v))

try:
    isinstance(rex, "Dog")
except TypeError as error:
    print("TypeError:", error)
