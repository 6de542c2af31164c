# itertools.zip_longest versus zip: what happens to the leftovers.
from itertools import zip_longest

names = ["ann", "bob", "cid"]
scores = [90, 85]
print(list(zip(names, scores)))
print(list(zip_longest(names, scores)))
print(list(zip_longest(names, scores, fillvalue=0)))
print(list(zip_longest("ab", "wxyz", "1", fillvalue="-")))


def grouper(iterable, n: int, fill=None):
    """Collect data into fixed-length chunks: grouper('ABCDEFG', 3, 'x') -> ABC DEF Gxx."""
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fill)


print(["".join(chunk) for chunk in grouper("ABCDEFG", 3, "x")])
left = ["line 1", "line 2", "line 3"]
right = ["line 1", "line two"]
for i, (a, b) in enumerate(zip_longest(left, right, fillvalue="<missing>"), 1):
    mark = " " if a == b else "!"
    print(f"{mark} {i}: {a:<8} | {b}")
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
