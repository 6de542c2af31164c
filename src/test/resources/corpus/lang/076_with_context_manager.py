# with statements call __enter__ and __exit__ around a block.
class Announce:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, traceback):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None}")
        return False


with Announce("first") as value:
    print("inside with", value)
print("after")

# Several managers in one statement exit in reverse order
with Announce("outer") as a, Announce("inner") as b:
    print("using", a, b)

# __exit__ runs even when the block raises
try:
    with Announce("failing"):
        raise ValueError("boom")
except ValueError as error:
    print("propagated:", error)

# __exit__ runs on return too
def early():
    with Announce("early"):
        return "returned"

print(early())

# A timer-like manager that records events instead of times
class Recorder:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("start")
        return self

    def __exit__(self, *exc_info):
        self.events.append("stop")

with Recorder() as rec:
    rec.events.append("work")
print(rec.events)

# Parenthesised managers spanning lines (3.10+)
with (
    Announce("p1") as one,
    Announce("p2") as two,
):
    print(one, two)
