# Names refer to objects; assignment never copies.
original = [1, [2, 3], 4]
alias = original
shallow = original.copy()
sliced = original[:]
constructed = list(original)

original[0] = "changed"
original[1].append("shared")
print(original)
print(alias)
print(shallow)
print(sliced)
print(constructed)

# A manual deep copy for nested lists
def deep_copy(value):
    if isinstance(value, list):
        return [deep_copy(item) for item in value]
    if isinstance(value, dict):
        return {key: deep_copy(item) for key, item in value.items()}
    return value

nested = {"matrix": [[1, 2], [3, 4]], "name": "m"}
clone = deep_copy(nested)
clone["matrix"][0][0] = 100
print(nested["matrix"], clone["matrix"])

# Functions receive references: mutation is visible, rebinding is not
def mutate(items):
    items.append("added")

def rebind(items):
    items = ["new list"]
    return items

data = ["x"]
mutate(data)
print(data)
print(rebind(data), data)

# += on a list mutates; + creates a new list
a = [1]
b = a
a += [2]
print(b)
a = a + [3]
print(a, b)

# Strings and tuples are immutable, so aliasing is harmless
s = "abc"
t = s
s += "d"
print(s, t)
