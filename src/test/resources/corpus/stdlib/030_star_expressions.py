# Star-expressions: unpacking in assignments, calls and literals.
def describe(first: str, *rest: str, sep: str = ", ", **options: object) -> str:
    text = first + (sep + sep.join(rest) if rest else "")
    return text + (f" {options}" if options else "")


head, *middle, tail = [1, 2, 3, 4, 5]
print(head, middle, tail)
*init, last = "abc"
print(init, last)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)

words = ["red", "green", "blue"]
print(describe(*words))
print(describe(*words, sep=" | "))
settings = {"sep": "/", "bold": True}
print(describe("root", *["usr", "lib"], **settings))

merged = [*range(3), *"xy", *[9]]
print(merged)
print((*words, "alpha"), {*[1, 2], *[2, 3]})
defaults = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print({**defaults, **override})
print(*words, sep="-")
print(max(*[3, 7, 2]), list(zip(*[(1, "a"), (2, "b")])))
first, second, *_ = range(10)
print(first, second)
