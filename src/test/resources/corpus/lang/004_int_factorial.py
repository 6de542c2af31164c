# Factorials grow very quickly; Python keeps every digit.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


for n in [0, 1, 5, 10, 20, 25, 30]:
    print(n, factorial(n))

f50 = factorial(50)
print(f50)

# Count trailing zeros of 100!
f100 = factorial(100)
text = str(f100)
zeros = len(text) - len(text.rstrip("0"))
print("100! has", len(text), "digits and", zeros, "trailing zeros")

# Binomial coefficient with exact integer division
def choose(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))

print(choose(52, 5))
print(choose(100, 50))
