# min() and max() with key functions and defaults.
print(min(4, 2, 8), max(4, 2, 8))
print(min([4, 2, 8]), max("hello"))
words = ["kiwi", "banana", "fig", "cherry"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))

# Ties return the first one found
print(max(["ab", "cd", "ef"], key=len))
print(min([(1, "b"), (1, "a")], key=lambda t: t[0]))

# Empty sequences need a default
print(max([], default=None))
print(min([], default="empty"))
try:
    max([])
except ValueError as error:
    print("ValueError:", error)

# max of a dict works on keys; use key= to compare values
ages = {"ann": 31, "bob": 45, "cat": 27}
print(max(ages), max(ages, key=ages.get), min(ages.values()))
oldest = max(ages.items(), key=lambda item: item[1])
print(oldest)

# Mixed int and float
print(max(1, 2.5, 2), min(-1, -1.0))

# Clamping a value into a range
def clamp(value, low, high):
    return max(low, min(value, high))

for v in [-5, 5, 50]:
    print(v, clamp(v, 0, 10))
