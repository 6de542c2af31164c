# repr of nested containers, including containers that contain themselves.
nested = [1, [2, [3, [4, []]]], (5, (6,)), {"k": [7, {"deep": (8,)}]}]
print(nested)
print(repr("quotes ' and \" inside"), repr('only \'single\''), repr("only 'double'"))
print(["tab\there", "newline\nhere", "back\\slash"])
print({"a": None, "b": True, "c": 1.5, "d": "s", "e": (1,), "f": ()})
print([[]], [()], [{}], (([]),), ((),))

# A list that contains itself
loop = [1, 2]
loop.append(loop)
print(loop)
print(len(loop), loop[2] is loop, loop[2][2][0])

# A dict that contains itself
d = {"name": "self"}
d["me"] = d
print(d)

# Mutual recursion between two lists
a = ["a"]
b = ["b", a]
a.append(b)
print(a)
print(b)

# Recursive containers also work with str()
print(str(loop) == repr(loop))

# Tuples holding a recursive list
t = (loop, "end")
print(t)

# Empty containers
print([], (), {}, set(), "", repr(""))
print(list(), dict(), tuple(), str())
