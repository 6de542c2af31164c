# Operators and builtins that work on lists.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 5)
print(len(a), 2 in a, 9 not in a)
print(a == [1, 2, 3], a < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
print(max(a), min(b), sum(a + b))

# Augmented assignment changes the list in place
alias = a
a += [10]
print(alias)
a = a + [20]
print(alias, a)

# Indexing from either end
print(a[0], a[-1], a[len(a) - 1])

# Nested lists and the shared-row trap
grid_wrong = [[0] * 3] * 3
grid_wrong[0][0] = 1
print(grid_wrong)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

# list() from other iterables
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}))

# Deleting items
items = list(range(8))
del items[0]
del items[-1]
del items[1:3]
print(items)

# Comparing lists of mixed types fails only if it has to
print([1, "a"] == [1, "a"])
try:
    print([1, "a"] < [1, 2])
except TypeError as error:
    print("TypeError:", error)
