# What goes wrong when a string does not hold a number.
def try_int(text):
    try:
        return int(text)
    except ValueError as error:
        return f"ValueError: {error}"


def try_float(text):
    try:
        return float(text)
    except ValueError as error:
        return f"ValueError: {error}"


print(try_int("12"))
print(try_int("abc"))
print(try_int("3.5"))
print(try_int(""))
print(try_int("12a"))
print(try_float("2.5"))
print(try_float("two"))
print(try_float(""))

# int() of an unsupported type is a TypeError
try:
    int([1, 2])
except TypeError as error:
    print("TypeError:", error)

try:
    int(None)
except TypeError as error:
    print("TypeError:", error)

# Converting inf or nan to int fails too
try:
    int(float("inf"))
except OverflowError as error:
    print("OverflowError:", error)

try:
    int(float("nan"))
except ValueError as error:
    print("ValueError:", error)

# Base out of range
try:
    int("12", 1)
except ValueError as error:
    print("ValueError:", error)
