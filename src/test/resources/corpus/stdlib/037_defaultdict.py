# collections.defaultdict: missing keys get a default value from a factory.
from collections import defaultdict

words = "the cat sat on the mat the end".split()

by_letter: defaultdict[str, list[str]] = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))

counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(sorted(counts.items()))
print(counts["dog"], "dog" in counts)  # reading a missing key inserts it

graph = defaultdict(set)
for a, b in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a")]:
    graph[a].add(b)
    graph[b]
for node in sorted(graph):
    print(node, "->", sorted(graph[node]))

tree = lambda: defaultdict(tree)
config = tree()
config["server"]["http"]["port"] = 80
config["server"]["name"] = "web"
print(config["server"]["http"]["port"], sorted(config["server"]))

plain = defaultdict(None, {"k": 1})
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(defaultdict(list, {"a": [1]}))
print(counts.default_factory.__name__)
