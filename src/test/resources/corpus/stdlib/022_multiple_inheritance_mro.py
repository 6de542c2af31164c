# Multiple inheritance: the method resolution order (MRO) decides who super() calls next.
class Base:
    def __init__(self) -> None:
        print("Base.__init__")

    def hello(self) -> list[str]:
        return ["Base"]


class Left(Base):
    def __init__(self) -> None:
        print("Left.__init__")
        super().__init__()

    def hello(self) -> list[str]:
        return ["Left"] + super().hello()


class Right(Base):
    def __init__(self) -> None:
        print("Right.__init__")
        super().__init__()

    def hello(self) -> list[str]:
        return ["Right"] + super().hello()


class Diamond(Left, Right):
    def __init__(self) -> None:
        print("Diamond.__init__")
        super().__init__()

    def hello(self) -> list[str]:
        return ["Diamond"] + super().hello()


d = Diamond()
print(d.hello())
print([c.__name__ for c in Diamond.__mro__])
print([c.__name__ for c in Diamond.mro()])


class A: pass
class B: pass
class C(A, B): pass
class D(B, A): pass


print([c.__name__ for c in C.__mro__], [c.__name__ for c in D.__mro__])
try:
    class E(C, D): pass
except TypeError as e:
    print("TypeError:", e)
