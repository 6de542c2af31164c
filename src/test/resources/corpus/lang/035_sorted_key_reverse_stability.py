# sorted() and list.sort() with key functions, reverse, and stability.
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted(nums, key=abs))
print(nums)  # sorted() does not change the original

words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

# Stability: items with equal keys keep their original order
people = [("Ann", 30), ("Bob", 25), ("Cid", 30), ("Dee", 25), ("Eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))

# Sort by several keys: age descending, then name ascending
print(sorted(people, key=lambda p: (-p[1], p[0])))

# Multi-pass sort relying on stability
records = people[:]
records.sort(key=lambda p: p[0], reverse=True)
records.sort(key=lambda p: p[1])
print(records)

# Tuples sort lexicographically
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))

# Sorting strings, dict keys and characters
print(sorted("python"))
scores = {"amy": 82, "ben": 95, "cal": 82}
print(sorted(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))

# Mixed types cannot be compared
try:
    sorted([3, "two", 1])
except TypeError as error:
    print("TypeError:", error)
