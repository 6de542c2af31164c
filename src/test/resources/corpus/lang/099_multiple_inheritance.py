# Multiple inheritance, mixins and the method resolution order.
class Loggable:
    def log(self, message):
        return f"[{type(self).__name__}] {message}"


class Serializable:
    def serialize(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return "{" + fields + "}"


class Entity:
    def __init__(self, ident):
        self.ident = ident

    def describe(self):
        return f"entity {self.ident}"


class User(Entity, Loggable, Serializable):
    def __init__(self, ident, name):
        super().__init__(ident)
        self.name = name

    def describe(self):
        return super().describe() + f" named {self.name}"


u = User(7, "ada")
print(u.describe())
print(u.log("created"))
print(u.serialize())
print([c.__name__ for c in User.__mro__])
print(isinstance(u, Loggable), issubclass(User, Serializable))

# Diamond: every class appears once in the MRO, and each __init__ runs once
class A:
    def __init__(self):
        print("A.__init__")

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()

class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()

class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()

D()
print([c.__name__ for c in D.__mro__])
