# Tuples and strings are hashable, so they can be dict keys and set members.
distances = {("London", "Paris"): 344, ("Paris", "Berlin"): 878}
print(distances[("London", "Paris")])
print(distances["Paris", "Berlin"])  # the parentheses are optional

# A sparse grid keyed by coordinates
board = {}
board[0, 0] = "X"
board[1, 2] = "O"
board[(2, 2)] = "X"
for row in range(3):
    print("".join(board.get((row, col), ".") for col in range(3)))

# Equal tuples hash equally, so they find the same entry
key = tuple([1, 2])
print({(1, 2): "found"}[key])
print(hash((1, 2)) == hash(tuple([1, 2])))
print(hash("abc") == hash("ab" + "c"))

# Lists are not hashable
try:
    {[1, 2]: "no"}
except TypeError as error:
    print("TypeError:", error)
try:
    {(1, [2]): "no"}
except TypeError as error:
    print("TypeError:", error)

# Grouping anagrams by a sorted-letters key
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act"]
groups = {}
for word in words:
    groups.setdefault("".join(sorted(word)), []).append(word)
for signature, members in groups.items():
    print(signature, members)

# A custom hashable class
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

visited = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(visited), Point(3, 4) in visited)

# Small ints hash to themselves
print(hash(5), hash(-3), hash(True), hash(0))
