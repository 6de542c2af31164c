# The methods of dict.
stock = {"apples": 5, "pears": 2}
stock["plums"] = 7
print(stock)
print(stock["apples"], stock.get("kiwis"), stock.get("kiwis", 0))
print(len(stock), "pears" in stock, 5 in stock)

print(list(stock.keys()))
print(list(stock.values()))
print(list(stock.items()))

stock.update({"pears": 10, "figs": 1})
stock.update(limes=4)
print(stock)

print(stock.pop("figs"), stock.pop("nothing", "default"))
print(stock.setdefault("apples", 100), stock.setdefault("cherries", 3))
print(stock)
print(stock.popitem())
print(stock)

try:
    stock["bananas"]
except KeyError as error:
    print("KeyError:", error)

# dict() constructor forms
print(dict(a=1, b=2))
print(dict([("x", 1), ("y", 2)]))
print(dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"], 0))

# Merge operators
defaults = {"color": "red", "size": 10}
overrides = {"size": 12}
print(defaults | overrides)
defaults |= {"shape": "round"}
print(defaults)

# Counting with get
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)

copy = counts.copy()
counts.clear()
print(counts, len(copy))
del copy["the"]
print(copy)
