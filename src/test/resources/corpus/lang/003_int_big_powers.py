# Python ints have arbitrary precision: they never overflow.
print(2 ** 64)
print(2 ** 100)
print(2 ** 200)
print(-(2 ** 127))
print(10 ** 30 + 1)

big = 123456789012345678901234567890
print(big * big)
print(big // 7, big % 7)
print(big - 10 ** 29)

# Mixing small and big numbers
print(2 ** 63 - 1 + 1)
print((2 ** 64) // (2 ** 32))
print(3 ** 50 % 1000)

# Digit counting the student way
n = 7 ** 77
print(len(str(n)))
print(sum(int(d) for d in str(n)))

# Comparisons between big ints
print(2 ** 100 > 10 ** 30, 2 ** 100 == 1267650600228229401496703205376)
print(abs(-(10 ** 25)))
