# contextlib.suppress, nullcontext, closing and ExitStack.
from contextlib import suppress, nullcontext, closing, ExitStack

settings = {"theme": "dark"}
with suppress(KeyError):
    print(settings["language"])
print("missing key ignored")

with suppress(ValueError, TypeError):
    int("not a number")
    print("not reached")

values = ["1", "x", "3", None, "5"]
total = 0
for v in values:
    with suppress(ValueError, TypeError):
        total += int(v)
print("total", total)

try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError is not suppressed")


def process(lock=None):
    with lock or nullcontext("no lock") as held:
        return held


print(process())


class Connection:
    def __init__(self, name: str) -> None:
        self.name = name

    def close(self) -> None:
        print("closed", self.name)


with closing(Connection("db")) as conn:
    print("using", conn.name)

with ExitStack() as stack:
    conns = [stack.enter_context(closing(Connection(f"c{i}"))) for i in range(3)]
    stack.callback(print, "callback runs first (last in, first out)")
    print("opened", [c.name for c in conns])
