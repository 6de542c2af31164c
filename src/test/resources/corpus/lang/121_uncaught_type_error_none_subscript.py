# Forgetting that list.sort() returns None, then indexing the result.
names = ["mia", "ada", "zoe"]
print(sorted(names)[0])

ordered = names.sort()
print("names is now", names)
print("ordered is", ordered)

# ordered is None, and None cannot be indexed
print(ordered[0])
