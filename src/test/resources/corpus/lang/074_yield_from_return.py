# yield from delegates to a sub-generator and receives its return value.
def inner():
    yield 1
    yield 2
    return "inner result"


def outer():
    result = yield from inner()
    print("  inner returned", repr(result))
    yield 3
    return "outer result"


gen = outer()
for value in gen:
    print("got", value)

# Capturing the final return value
def drive(generator):
    values = []
    while True:
        try:
            values.append(next(generator))
        except StopIteration as stop:
            return values, stop.value

print(drive(outer()))

# Recursive generators with yield from
def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
for line in walk(tree):
    print(line)

# send() passes through yield from to the inner generator
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def wrapper():
    final = yield from accumulator()
    yield f"final total {final}"

w = wrapper()
next(w)
print(w.send(5), w.send(7))
print(w.send(None))
