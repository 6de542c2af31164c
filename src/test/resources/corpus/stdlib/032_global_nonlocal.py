# global and nonlocal: rebinding names outside the current function.
counter = 0


def increment() -> int:
    global counter
    counter += 1
    return counter


increment(); increment()
print("counter", counter)


def make_accumulator(start: int = 0):
    total = start

    def add(amount: int) -> int:
        nonlocal total
        total += amount
        return total

    return add


acc = make_accumulator(10)
print(acc(5), acc(5), make_accumulator()(1))


def outer() -> list[str]:
    log = []
    level = "outer"

    def middle():
        level = "middle"  # a new local, not the outer one

        def inner():
            nonlocal level
            level = "changed by inner"

        inner()
        log.append(level)

    middle()
    log.append(level)
    return log


print(outer())


def create_late_global():
    global late
    late = "defined inside a function"


create_late_global()
print(late)


def shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


shadow()
callbacks = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in callbacks])
