# Nested unpacking mirrors the shape of the data.
(a, b), c = (1, 2), 3
print(a, b, c)

point = ("P", (3, 4))
label, (x, y) = point
print(label, x, y)

[first, [second, third]] = ["one", ["two", "three"]]
print(first, second, third)

# In loops
segments = [((0, 0), (3, 4)), ((1, 1), (4, 5))]
for (x1, y1), (x2, y2) in segments:
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    print(f"({x1},{y1}) -> ({x2},{y2}): {length}")

# With enumerate and dict items
inventory = {"sword": (1, 15.0), "shield": (2, 30.5)}
for i, (name, (count, weight)) in enumerate(inventory.items()):
    print(i, name, count, weight)

# Combining star and nesting
(head, *tail), last = [1, 2, 3], "end"
print(head, tail, last)

# Chained assignment assigns the same object to every target
p = q = [0]
q.append(1)
print(p, p is q)

# Targets can be attributes or items
class Box:
    pass

box = Box()
data = {}
box.width, data["height"] = 10, 20
print(box.width, data)

# Assignment happens left to right
items = [0, 0, 0]
i = 0
i, items[i] = 2, "x"
print(i, items)
