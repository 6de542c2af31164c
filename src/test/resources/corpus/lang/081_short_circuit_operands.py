# and/or return one of their operands, not necessarily a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print(None and "x", [] or {}, [] and {})
print(0 or "" or None)
print(1 and "a" and [3])
print(not 0, not "x", not [], not None)

# Short-circuit: the right side runs only when needed
def loud(value):
    print(f"  loud({value!r})")
    return value

print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud("x") or loud("y"))
print(loud("") or loud("y"))

# Common idioms
name = ""
display = name or "anonymous"
print(display)

config = {"debug": None}
level = config.get("level") or 3
print(level)

items = []
first = items and items[0]
print(repr(first))

# Guarding against errors with and
data = None
print(data is not None and data["key"])
data = {"key": "found"}
print(data is not None and data["key"])

# Precedence: not > and > or
print(True or False and False)
print((True or False) and False)
print(not True or True)
