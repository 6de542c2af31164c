# Sets of small integers (printed directly; small ints hash to themselves).
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b)
print(a & b)
print(a - b)
print(b - a)
print(a ^ b)
print(a.union(b), a.intersection(b))
print(a.difference([1, 2]), a.symmetric_difference(range(3, 9)))

print({1, 2} <= a, {1, 2} < a, a <= a, a < a)
print(a.issubset(range(10)), a.issuperset({2, 3}), a.isdisjoint({8, 9}))

# Duplicates vanish
print(set([3, 1, 3, 2, 1]))
print(len({1, 1, 1}))

# Mutating sets
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s)
s.update([5, 2])
print(s)
s.discard(100)
s.remove(1)
print(s)
try:
    s.remove(100)
except KeyError as error:
    print("KeyError:", error)
print(s.pop() in {2, 3, 5}, len(s))

# An empty set is set(), not {}
print(set(), type({}).__name__)

# Strings in a set: sort before printing, the order of strings is not fixed
words = {"pear", "apple", "fig", "apple"}
print(sorted(words))

# frozenset can be a dict key
seen = {frozenset({1, 2}): "pair"}
print(seen[frozenset({2, 1})])
print(frozenset({3, 1, 2}))
