# Classes can be decorators too: the instance replaces the function.
class Memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.__name__ = func.__name__

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(80), len(slow_fib.cache), type(slow_fib).__name__, slow_fib.__name__)


# A decorator class that counts and reports calls
class CallLog:
    def __init__(self, func):
        self.func = func
        self.log = []

    def __call__(self, *args, **kwargs):
        result = self.func(*args, **kwargs)
        self.log.append((args, kwargs, result))
        return result


@CallLog
def area(width, height=1):
    return width * height


area(3, 4), area(5), area(2, height=10)
for entry in area.log:
    print(entry)

# Decorating a class with a function: registering classes by name
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

@register
class Circle:
    sides = 0


@register
class Triangle:
    sides = 3

print(sorted(registry), registry["triangle"].sides)
