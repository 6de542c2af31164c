# Floor division rounds towards negative infinity, and % takes the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b},  {a} % {b} = {a % b}")

# The identity (a // b) * b + a % b == a always holds
for a, b in pairs:
    assert (a // b) * b + a % b == a
print("identity holds")

# Floats follow the same rules
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0)

# True division always gives a float
print(7 / 2, -7 / 2, 6 / 3)

# A clock: hours wrap around
for offset in [-1, -13, 25, 48]:
    print(offset, "->", (9 + offset) % 24)

# Big ints too
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
