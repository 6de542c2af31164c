# divmod returns the floor quotient and the remainder together.
print(divmod(17, 5))
print(divmod(-17, 5))
print(divmod(17, -5))
print(divmod(17.5, 5))

seconds = 100000
minutes, sec = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
days, hours = divmod(hours, 24)
print(f"{days}d {hours}h {minutes}m {sec}s")

# pow with three arguments is modular exponentiation
print(pow(2, 10))
print(pow(2, 10, 1000))
print(pow(3, 200, 13))
print(pow(7, 10 ** 20, 1000000007))

# Negative exponent with a modulus gives the modular inverse
print(pow(3, -1, 7))
print(3 * pow(3, -1, 7) % 7)

# pow with a negative exponent and no modulus gives a float
print(pow(2, -2))
print(2 ** -1)
print((-8) ** 2, -8 ** 2)
