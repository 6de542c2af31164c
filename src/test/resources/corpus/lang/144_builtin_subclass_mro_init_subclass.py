# MROs of classes deriving from builtins and mixins, __init_subclass__ with class keywords, layout conflicts.


class Registered:
    kinds = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registered.kinds[kind or cls.__name__.lower()] = cls


class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} {super().__repr__()}>"


class Bag(ReprMixin, Registered, list, kind="bag"):
    pass


class Table(ReprMixin, Registered, dict):
    pass


class Code(Registered, int, kind="code"):
    pass


print(Bag.__mro__)
print(Table.__mro__)
print([c.__name__ for c in Code.__mro__], Code.__bases__, Bag.__base__)
print(Registered.kinds)
print(Bag([1, 2]), Table(a=1), Code(404), repr(Code(5)))
print(issubclass(Bag, list), issubclass(Table, Registered), isinstance(Code(1), (str, int)))


class SubBag(Bag, kind="sub"):
    def __init_subclass__(cls, **kwargs):
        print("SubBag subclass", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)


class Leaf(SubBag, kind="leaf"):
    pass


print(sorted(Registered.kinds), Leaf.__mro__[:3])
for bases in [(list, dict), (int, str), (Bag, Table)]:
    try:
        type("Mixed", bases, {})
    except TypeError as e:
        print(", ".join(b.__name__ for b in bases), "->", "TypeError:", e)
try:
    class Flag(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Strict(Registered, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
