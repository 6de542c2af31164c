# Subclassing builtins: which of __new__ and __init__ gets the constructor's arguments, and super() in both.


class Celsius(float):
    def __new__(cls, degrees, scale="C"):
        if scale == "F":
            degrees = (degrees - 32) * 5 / 9
        return super().__new__(cls, degrees)

    def __init__(self, degrees, scale="C"):
        self.scale_given = scale


class Words(list):
    def __init__(self, text):
        super().__init__(text.split())


class Tag(str):
    def __new__(cls, value):
        return str.__new__(cls, value.strip().lower())


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def __init__(self, a, b):
        print("Pair.__init__ sees", a, b, "self is", tuple(self))


class Config(dict):
    def __init__(self, **options):
        super().__init__(debug=False)
        self.update(options)


class Plain(list):
    pass


print(Celsius(212, "F"), Celsius(20), Celsius(212, "F").scale_given, isinstance(Celsius(1), float))
print(Words("asyncio runs tasks"), len(Words("a b")), Words("x y")[1])
print(repr(Tag("  Urgent ")), Tag("A") == "a", type(Tag("a")).__name__)
print(Pair(1, 2), Pair(1, 2)[1])
print(Config(verbose=True), Plain("abc"), Plain(), Plain(range(3)) == [0, 1, 2])
print(int.__new__(int, "7") + 1, list.__new__(Plain), type(list.__new__(Plain)).__name__)
for bad in (lambda: int.__new__(str, 1), lambda: tuple.__new__(Plain), lambda: Plain(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Number(int):
    def __init__(self, value):
        super().__init__()
        self.doubled = self * 2


print(Number(21).doubled, Number("5") + 0, type(Number(3) * 1).__name__)
