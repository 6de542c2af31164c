# The order of try / except / else / finally.
def attempt(divisor):
    print(f"-- dividing by {divisor!r}")
    try:
        print("try: start")
        result = 10 / divisor
        print("try: end")
    except ZeroDivisionError:
        print("except: ZeroDivisionError")
    except TypeError as error:
        print("except: TypeError:", error)
    else:
        print("else: result is", result)
    finally:
        print("finally: always runs")
    print("after the try statement")


attempt(2)
attempt(0)
attempt("x")

# The first matching handler wins, so put specific ones first
try:
    {}["missing"]
except LookupError as error:
    print("caught as LookupError:", type(error).__name__)
except KeyError:
    print("never reached")

# One handler for several types
for bad in [lambda: int("x"), lambda: [][1], lambda: None + 1]:
    try:
        bad()
    except (ValueError, IndexError) as error:
        print("value/index:", type(error).__name__)
    except Exception as error:
        print("other:", type(error).__name__)

# finally runs even when the exception escapes
def leaky():
    try:
        raise RuntimeError("escaping")
    finally:
        print("cleanup in leaky")

try:
    leaky()
except RuntimeError as error:
    print("caught outside:", error)

# The name bound by `as` is deleted after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in dir())
