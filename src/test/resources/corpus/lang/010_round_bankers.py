# round() uses banker's rounding: halves go to the nearest even number.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(x, "->", round(x))

# round without ndigits returns an int, with ndigits a float
print(type(round(2.7)).__name__, type(round(2.7, 1)).__name__)

# Rounding to decimal places
print(round(3.14159, 2))
print(round(2.675, 2))  # 2.675 is really 2.67499999..., so it rounds down
print(round(1.005, 2))
print(round(123.456, -1), round(123.456, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-3.14159, 3))
print(round(0.125, 2), round(0.375, 2))

# round on ints stays an int
print(round(7), round(7, 0), round(15, -1), round(25, -1))

# A common use: tidying up an average
scores = [88, 92, 79, 95]
print(round(sum(scores) / len(scores), 1))
