# Dicts remember insertion order.
d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d)
print(list(d))

# Updating a key keeps its position
d["zebra"] = 10
print(d)

# Deleting and re-inserting moves it to the end
del d["zebra"]
d["zebra"] = 100
print(d)

# Iterating in insertion order
for key, value in d.items():
    print(key, value)

# Sorting a dict by key or by value builds a new one
print(dict(sorted(d.items())))
print(dict(sorted(d.items(), key=lambda item: item[1], reverse=True)))

# Equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1})

# Keys that compare equal are the same key: 1, 1.0 and True
mixed = {1: "int"}
mixed[1.0] = "float"
mixed[True] = "bool"
print(mixed)

# reversed() works on dicts and their views
print(list(reversed(d)))
print(list(reversed(d.values())))

# Views are live
keys = d.keys()
d["new"] = 0
print(keys)
print(len(keys))
