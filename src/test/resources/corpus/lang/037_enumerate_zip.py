# enumerate() and zip().
colors = ["red", "green", "blue"]
for index, color in enumerate(colors):
    print(index, color)
for number, color in enumerate(colors, start=1):
    print(f"{number}. {color}")
print(list(enumerate("ab", 10)))

# zip pairs items up and stops at the shortest input
names = ["Ann", "Bob", "Cid"]
scores = [90, 85]
print(list(zip(names, scores)))
print(list(zip(names, colors, range(100))))
print(list(zip()))

# Unzipping with zip(*...)
pairs = [(1, "one"), (2, "two"), (3, "three")]
numbers, words = zip(*pairs)
print(numbers, words)

# Building a dict from two lists
print(dict(zip(names, colors)))

# Adjacent pairs
values = [1, 4, 9, 16, 25]
print([b - a for a, b in zip(values, values[1:])])

# zip with strict=True checks lengths (Python 3.10+)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as error:
    print("ValueError:", error)

# enumerate and zip together
for i, (name, color) in enumerate(zip(names, colors)):
    print(i, name, color)
