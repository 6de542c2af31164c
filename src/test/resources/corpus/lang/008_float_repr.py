# Floats print in the shortest form that reads back as the same number.
print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(1 / 3)
print(2 / 3)
print(1.0, 2.5, 100.0)
print(1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 0.00001234)
print(1e22, 1e-7, 1.5e300)
print(3.14159, -2.5e-10)
print(10 / 4, 10 / 5)

# repr and str agree for floats
x = 0.1 * 3
print(repr(x), str(x))

# Floats in containers use repr
print([0.1, 0.2, 0.1 + 0.2])
print((1 / 7,))

# Integer-valued floats keep the .0
print(float(7), 2.0 ** 10, 1e3)
print(float(2 ** 60))
print(2 ** 0.5)
print(sum([0.1] * 10))
