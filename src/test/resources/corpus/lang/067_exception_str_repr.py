# What str() and repr() of exceptions look like.
examples = [
    ValueError("bad value"),
    ValueError(),
    ValueError("two", "args"),
    KeyError("missing"),
    KeyError(42),
    IndexError("list index out of range"),
    ZeroDivisionError("division by zero"),
    TypeError("wrong type"),
    RuntimeError(""),
    Exception(None),
    StopIteration(7),
]
for e in examples:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)

# Real errors raised by Python
def capture(action):
    try:
        action()
    except Exception as error:
        return error

errors = [
    capture(lambda: 1 / 0),
    capture(lambda: {"a": 1}["b"]),
    capture(lambda: [1, 2][5]),
    capture(lambda: int("x1")),
    capture(lambda: "a" + 1),
    capture(lambda: len(5)),
    capture(lambda: (1, 2).append(3)),
    capture(lambda: float(10 ** 400)),
    capture(lambda: "abc".index("z")),
    capture(lambda: divmod(1, 0)),
    capture(lambda: 5 % 0),
    capture(lambda: 5.0 / 0),
]
for error in errors:
    print(f"{type(error).__name__}: {error}")
    print("   ", repr(error))
