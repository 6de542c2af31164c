# Inheritance with super() and no arguments: each class extends its parent's behaviour.
class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def speak(self) -> str:
        return "..."

    def describe(self) -> str:
        return f"{self.name} says {self.speak()}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def __init__(self, name: str, tricks: list[str] | None = None) -> None:
        super().__init__(name)
        self.tricks = tricks or []

    def speak(self) -> str:
        return "Woof"


class Puppy(Dog):
    def speak(self) -> str:
        return super().speak().lower() + "!"

    def describe(self) -> str:
        return super().describe() + f" and knows {len(self.tricks)} tricks"


pets = [Animal("Generic"), Dog("Rex", ["sit"]), Puppy("Bit", ["roll", "beg"])]
for pet in pets:
    print(repr(pet), "->", pet.describe())

print(isinstance(pets[2], Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([cls.__name__ for cls in Puppy.__mro__])
print(Puppy.__bases__[0].__name__)
