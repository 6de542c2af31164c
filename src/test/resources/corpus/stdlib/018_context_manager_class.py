# __enter__ and __exit__: a context manager class that times nothing but counts, and one that suppresses.
class Indenter:
    def __init__(self) -> None:
        self.level = 0

    def __enter__(self) -> "Indenter":
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.level -= 1
        return False

    def print(self, text: str) -> None:
        print("    " * self.level + text)


with Indenter() as ind:
    ind.print("level one")
    with ind:
        ind.print("level two")
        with ind:
            ind.print("level three")
    ind.print("back to one")


class Ignore:
    def __init__(self, *kinds: type) -> None:
        self.kinds = kinds

    def __enter__(self) -> None:
        print("enter")

    def __exit__(self, exc_type, exc, tb) -> bool:
        print("exit with", exc_type.__name__ if exc_type else None)
        return exc_type is not None and issubclass(exc_type, self.kinds)


with Ignore(KeyError, ValueError):
    {}["missing"]
    print("not reached")
print("KeyError suppressed")

with Ignore(KeyError):
    print("no error here")

try:
    with Ignore(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> str:
        print("open", self.name)
        return self.name.upper()

    def __exit__(self, *exc_info) -> None:
        print("close", self.name)


with Resource("a") as a, Resource("b") as b:
    print("using", a, b)
