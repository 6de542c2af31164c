# Numeric built-in functions and methods.
print(abs(-7), abs(3.5), abs(-0.0), abs(-(2 ** 70)))
print(max(3, 7.5), min(-2, -2.5))
print((7).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print((3.0).is_integer(), (3.5).is_integer())
print((0.75).as_integer_ratio(), (10).as_integer_ratio())
print((-7).__abs__(), (2.5).__round__(), round(-2.5), round(0.5))
print(divmod(-9, 4), pow(-2, 3), pow(4, 0.5))
print(7 .real, (7).imag, (7).numerator, (7).denominator)
print(sum([1, 2.5]), type(sum([1, 2.5])).__name__)

# Integer versus float results
print(10 / 2, 10 // 2, 10 % 3, 10.0 // 3, 2 ** 3, 2 ** -1, 2.0 ** 3)
print(type(2 ** 3).__name__, type(4 ** 0.5).__name__, type(10 // 2.0).__name__)

# Large float operations keep float precision
print(2 ** 53 + 1, float(2 ** 53 + 1), 2.0 ** 53 + 1)
print(10 ** 16 + 1 == 1e16 + 1)

# Comparing ints and floats exactly
print(2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1), 2 ** 60 + 1 > float(2 ** 60))

# Errors
for bad in [lambda: 1 // 0, lambda: 1.0 % 0, lambda: abs("x"), lambda: round("x")]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as error:
        print(type(error).__name__ + ":", error)
