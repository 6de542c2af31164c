# f-strings: conversions (!r, !s, !a), nested specs and the = specifier.
name = "Ada"
items = ["a", 'b"c']
print(f"{name!r} {name!s} {items!r}")
print(f"{'café'!a}")
print(f"{name!r:>10}|")

# Nested format specs come from variables
width = 12
precision = 3
value = 2 / 3
print(f"[{value:{width}.{precision}f}]")
for align in "<^>":
    print(f"[{name:{align}{width}}]")
fill = "~"
print(f"[{name:{fill}^{width}}]")

# The = specifier prints the expression too (Python 3.8+)
x = 10
y = 3
print(f"{x=}")
print(f"{x + y=}")
print(f"{x / y=:.2f}")
print(f"{name=}")
print(f"{items[1]=}")
print(f"{ x = }")

# Quotes inside f-strings
d = {"key": "value"}
print(f"{d['key']} {len(d)}")

# f-strings across lines
message = (
    f"Hello {name}, "
    f"you have {x} new messages"
)
print(message)
