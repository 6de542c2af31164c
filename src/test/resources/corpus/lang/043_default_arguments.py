# Default argument values.
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cid", punctuation="?"))
print(greet(greeting="Hey", name="Dee"))

# Defaults are evaluated once, when def runs
base = 10

def add_base(n, b=base):
    return n + b

base = 1000
print(add_base(5))

# None as a "not given" marker
def describe(value=None):
    if value is None:
        return "nothing given"
    return f"given {value!r}"

print(describe(), describe(0), describe(""))

# Inspecting defaults
print(greet.__defaults__)
print(add_base.__defaults__)

# Calling with too many or unknown arguments
try:
    greet("a", "b", "c", "d")
except TypeError as error:
    print("TypeError:", error)
try:
    greet("a", colour="red")
except TypeError as error:
    print("TypeError:", error)
try:
    greet("a", name="b")
except TypeError as error:
    print("TypeError:", error)
