# Unpacking with a starred target.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *empty, b = [1, 2]
print(a, empty, b)

# Starred expressions inside literals
odds = [1, 3, 5]
evens = [2, 4]
print([*odds, *evens])
print((*odds, 0))
print({*odds, *evens})
print({**{"a": 1}, "b": 2, **{"a": 3}})

# Unpacking in a for loop
records = [("Ann", 1, 2, 3), ("Bob", 4), ("Cid",)]
for name, *numbers in records:
    print(name, numbers, sum(numbers))

# Too many or too few values
try:
    x, y = [1, 2, 3]
except ValueError as error:
    print("ValueError:", error)
try:
    x, y, z = [1, 2]
except ValueError as error:
    print("ValueError:", error)
try:
    x, *y, z = [1]
except ValueError as error:
    print("ValueError:", error)

# Unpacking any iterable, including a dict (its keys)
k1, k2 = {"left": 1, "right": 2}
print(k1, k2)
