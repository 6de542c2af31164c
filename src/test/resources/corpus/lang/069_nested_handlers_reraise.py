# Nested try statements and re-raising.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("k")
    return "ok"


def middle(kind):
    try:
        return risky(kind)
    except ValueError:
        print("  middle: handling ValueError, then re-raising")
        raise
    finally:
        print("  middle: finally")


for kind in ["ok", "value", "key"]:
    print("kind:", kind)
    try:
        print("  result:", middle(kind))
    except ValueError as error:
        print("  outer caught ValueError:", error)
    except KeyError as error:
        print("  outer caught KeyError:", error)

# Handling in an inner try, then continuing
def safe_divide_all(pairs):
    results = []
    for a, b in pairs:
        try:
            try:
                results.append(a / b)
            except ZeroDivisionError:
                results.append(float("inf"))
                raise ArithmeticError(f"{a}/{b}")
        except ArithmeticError as error:
            print("noted:", error)
    return results

print(safe_divide_all([(1, 2), (3, 0), (4, 4)]))

# Exception raised in an except clause of a nested try propagates outward
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise KeyError("second")
except KeyError as error:
    print("outer got", repr(error), "with context", repr(error.__context__))
