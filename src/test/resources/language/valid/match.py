match command:
    case "quit":
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case [name]:
        pass
    case 1.5:
        pass
    case None:
        pass
    case True | False:
        pass
    case [x, y, *rest]:
        pass
    case (a, b):
        pass
    case [*_]:
        pass
    case a, b:
        pass
    case {"key": value, 2: other, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.Class():
        pass
    case Color.RED:
        pass
    case [Point(x=0) as p, *others] if len(others) > 2:
        pass
    case (1 | 2) as n:
        pass
    case str() | bytes():
        pass
    case _:
        pass
match x, y:
    case 1, 2: pass
match (x):
    case []: pass
    case (): pass
    case (p,): pass
match = 1
match.attr = 2
match[0] = 3
match(x)
case = 4
_ = 5
def match(): pass
