# The str.format() method.
print("{} + {} = {}".format(2, 3, 5))
print("{0} {1} {0}".format("ping", "pong"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{:.3f} {:,} {:08.2f}".format(3.14159, 1234567, -3.5))
print("{0:x} {0:o} {0:b}".format(42))

# Indexing and attributes inside fields
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
data = {"user": "bob", "id": 7}
print("{d[user]} #{d[id]}".format(d=data))
print("{0.real} {0.imag}".format(5))

# Unpacking a dict into format
print("{user} has id {id}".format(**data))

# Conversions
print("{!r} {!s}".format("hi", "hi"))

# Nested width from arguments
print("[{:{}}]".format("ab", 6))
print("[{:{w}.{p}f}]".format(2.71828, w=10, p=2))

# Literal braces
print("{{}} is {}".format("braces"))

# Building a template once, using it many times
template = "{:<6}{:>6.1f}"
for label, value in [("min", 1.25), ("max", 99.95), ("mean", 42.0)]:
    print(template.format(label, value))
