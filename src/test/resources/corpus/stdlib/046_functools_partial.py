# functools.partial: pre-filling some arguments of a function.
from functools import partial


def power(base: float, exponent: float) -> float:
    return base ** exponent


def log(message: str, *, level: str = "INFO", prefix: str = "") -> str:
    return f"[{level}] {prefix}{message}"


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10))
print([square(n) for n in range(5)])

warn = partial(log, level="WARNING")
db_warn = partial(warn, prefix="db: ")
print(warn("disk almost full"))
print(db_warn("slow query"))
print(db_warn("override", level="ERROR"))

print(db_warn.func.__name__, db_warn.args, db_warn.keywords)
print(type(square).__name__, callable(square))

int_from_binary = partial(int, base=2)
print(int_from_binary("1011"), list(map(int_from_binary, ["1", "10", "11"])))
sort_by_length = partial(sorted, key=len)
print(sort_by_length(["ccc", "a", "bb"]))
