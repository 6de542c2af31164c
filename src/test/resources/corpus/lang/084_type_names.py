# type(x).__name__ for common values.
values = [
    42, 3.14, True, None, "text", [1], (1,), {1: 2}, {1}, frozenset(),
    range(3), len, print, abs, lambda: 0, iter([]), (n for n in []),
    zip(), map(str, []), enumerate([]), reversed([1]), slice(1), type, object(),
    int, ValueError("e"), {}.keys(), {}.values(), {}.items(),
]
for v in values:
    print(type(v).__name__)

# Classes, instances, methods
class Thing:
    def method(self):
        pass

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass

def plain():
    pass

def gen():
    yield

t = Thing()
for v in [Thing, t, t.method, Thing.method, Thing.static, t.klass, plain, gen(), gen]:
    print(type(v).__name__)

print(type(type(1)).__name__, type(Thing).__name__)
print(plain.__name__, Thing.method.__name__, Thing.__name__, int.__name__)
print(Thing.method.__qualname__)
