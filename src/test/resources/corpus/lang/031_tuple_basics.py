# Tuples: immutable sequences.
point = (3, 4)
print(point, point[0], len(point))
single = (5,)
not_a_tuple = (5)
print(single, type(single).__name__, type(not_a_tuple).__name__)
print((), tuple(), tuple("abc"), tuple([1, 2]))

# Packing and unpacking
coords = 1, 2, 3
x, y, z = coords
print(coords, x + y + z)

# Swapping without a temporary
a, b = 1, 2
a, b = b, a
print(a, b)

# Methods and operators
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2)
print((1, 2) < (1, 3), (2,) > (1, 9, 9), (1, 2) == (1, 2))

# Tuples cannot be changed
try:
    point[0] = 10
except TypeError as error:
    print("TypeError:", error)

# ... but a list inside can
holder = ([1], 2)
holder[0].append(99)
print(holder)

# Returning several values from a function
def min_max(values):
    return min(values), max(values)

low, high = min_max([5, 3, 9, 1])
print(low, high)
print(min_max([2]))
