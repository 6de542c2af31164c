# Dict and set comprehensions.
squares = {n: n * n for n in range(6)}
print(squares)

word = "mississippi"
letter_counts = {ch: word.count(ch) for ch in word}
print(letter_counts)

# Invert a dict
colors = {"red": 1, "green": 2, "blue": 3}
by_number = {number: name for name, number in colors.items()}
print(by_number)

# Filter a dict
prices = {"tea": 2.5, "cake": 4.0, "water": 1.0, "pie": 5.5}
cheap = {item: price for item, price in prices.items() if price < 3}
print(cheap)

# Set comprehensions of small ints
print({n % 5 for n in range(20)})
print({len(w) for w in ["a", "bb", "cc", "ddd"]})

# Set of strings: sort before printing
vowels_used = {ch for ch in "comprehension" if ch in "aeiou"}
print(sorted(vowels_used))

# Group words by first letter
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {letter: [w for w in words if w[0] == letter] for letter in "abc"}
print(groups)

# Nested dict comprehension
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(table)
print(table[2][3])
