# Converting between int, float and str.
print(int(3.99), int(-3.99), int(0.5))
print(int("42"), int("  -17  "), int("+8"))
print(int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("1011", 2))
print(int("z", 36), int("0b101", 0))
print(float("3.5"), float("  -0.25 "), float("1e3"), float("7"))
print(float(10), float(-0))
print(str(12), str(1.5), str(-0.0))
print(int(True), int(False), float(True))

# int() of a huge float is exact
print(int(1e20))
print(int(2.0 ** 70))

# Converting back and forth loses the fraction
x = 7.8
n = int(x)
print(n, float(n), x - n)

# bool of numbers
print(bool(0), bool(0.0), bool(-1), bool(0.1))

# Round trip through str
for value in [0, -5, 2 ** 70]:
    print(value == int(str(value)))
print(float(repr(0.1)) == 0.1)
