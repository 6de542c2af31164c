# global and nonlocal change where an assignment goes.
counter = 0

def increment():
    global counter
    counter += 1

for _ in range(3):
    increment()
print(counter)

# Without global, assignment creates a local
value = "global"

def shadow():
    value = "local"
    return value

print(shadow(), value)

# Reading a global needs no declaration
def read_global():
    return value.upper()

print(read_global())

# Assigning anywhere in a function makes the name local everywhere in it
def broken():
    try:
        print(value)
    except UnboundLocalError as error:
        print("UnboundLocalError:", error)
    value = "too late"

broken()

# nonlocal reaches the nearest enclosing function
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return x, result

print(outer())

# global can create a new module variable
def create():
    global created
    created = "made inside a function"

create()
print(created)
