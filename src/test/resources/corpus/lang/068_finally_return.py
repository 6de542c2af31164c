# finally always runs, even after return, break or continue.
def normal():
    try:
        return "from try"
    finally:
        print("finally after return")

print(normal())

# A return in finally overrides the try's return (and swallows exceptions!)
def overridden():
    try:
        return "from try"
    finally:
        return "from finally"

print(overridden())

def swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"

print(swallowed())

# The return value is computed before finally runs
def computed():
    x = 1
    try:
        return x
    finally:
        x = 100
        print("x changed to", x)

print(computed())

# finally with break and continue in a loop
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

# Nested finally blocks run innermost first
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())
