# match with sequence patterns: a tiny command interpreter.
def run(command: str) -> str:
    match command.split():
        case []:
            return "nothing to do"
        case ["look"]:
            return "you see a room"
        case ["go", direction]:
            return f"you go {direction}"
        case ["go", *_]:
            return "go where? one direction please"
        case ["take", first, *others]:
            return f"you take {first}" + (f" and {len(others)} more" if others else "")
        case ["drop", ("sword" | "shield") as item]:
            return f"you drop your {item}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for line in ["", "look", "go north", "go north east", "take key", "take key coin map",
             "drop shield", "drop apple", "dance wildly"]:
    print(f"{line!r:22} {run(line)}")

points = [(0, 0), (3, 0), (0, -2), (1, 2, 3), [4, 5], "xy"]
for p in points:
    match p:
        case (0, 0):
            print("origin")
        case (x, 0):
            print(f"on the x axis at {x}")
        case (0, y):
            print(f"on the y axis at {y}")
        case (x, y, z):
            print(f"3D point {x},{y},{z}")
        case [x, y]:
            print(f"point {x},{y}")
        case _:
            print(f"not a point: {p!r}")
