# Structural pattern matching: literals, captures, sequences, mappings, class patterns and guards.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0:
            return "zero"
        case True | False:
            return f"bool {v}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "go" | "stop" as cmd:
            return f"command {cmd}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case {"name": name, **others}:
            return f"named {name} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y):
            return f"point {x} {y}"
        case None:
            return "none"
        case _:
            return "other"

for v in [0, True, -3, 2.5, "go", [1, 2], [1, 2, 3], {"name": "a", "k": 1}, Point(0, 0), Point(1, 2), None, "zzz", (1,)]:
    print(describe(v))
