# collections.Counter: counting things, most common items, arithmetic on counts.
from collections import Counter

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",").lower() for w in text.split()]
counts = Counter(words)
print(counts.most_common(4))
print(counts["was"], counts["missing"])
print(len(counts), counts.total())

letters = Counter("mississippi")
print(letters)
print(sorted(letters.elements()))
print(letters.most_common(1)[0])

inventory = Counter(apples=5, pears=2)
sold = Counter(apples=3, pears=2, plums=1)
print(inventory - sold)
print(inventory + sold)
print(inventory & sold, inventory | sold)
inventory.update(["apples", "kiwis", "kiwis"])
inventory.subtract({"pears": 4})
print(inventory)
print(+inventory)
votes = Counter(["yes", "no", "yes", "yes", "no", "maybe"])
winner, n = votes.most_common(1)[0]
print(f"{winner} wins with {n} of {sum(votes.values())} votes")
