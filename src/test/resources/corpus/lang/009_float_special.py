# Infinity, not-a-number and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(float("-inf"), float("Infinity"))
print(inf + 1, inf * -2, inf - inf)
print(inf > 10 ** 300, -inf < -1e308)

# nan is not equal to anything, even itself
print(nan == nan, nan != nan, nan < 1, nan > 1)

# Negative zero compares equal to zero but prints with a sign
z = -0.0
print(z, z == 0.0, 0.0 * -1)
print(abs(z))

# Overflowing a float gives inf
print(1e308 * 10)
print([inf, -inf, z])

# Very small results underflow to zero
print(1e-320 / 1e10)
print(repr(inf), str(nan))
