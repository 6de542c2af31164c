# Comparisons can be chained: a < b < c means a < b and b < c.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x > 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 3 > 2 > 1 > 0)

# Each operand is evaluated at most once
def value(n):
    print(f"  evaluating {n}")
    return n

print(value(1) < value(2) < value(3))
print(value(3) < value(2) < value(1))  # stops after the first False

# Mixing operators
a, b, c = 1, 1, 2
print(a == b < c, a < b == c, a != c != b)
print(1 in [1, 2] in [[1, 2]])
print(0 <= 5 < len("hello!"))

# Range checks read naturally
def grade(score):
    if 90 <= score <= 100:
        return "A"
    if 80 <= score < 90:
        return "B"
    if 0 <= score < 80:
        return "C"
    return "invalid"

print([grade(s) for s in (95, 85, 12, 100, 101, -1)])

# Comparing strings and other sequences
print("apple" < "banana" < "cherry", "Zebra" < "apple", "abc" < "abcd")
print((1, 2) < (1, 2, 0) <= (1, 3))
