# List comprehensions, from simple to nested.
squares = [n * n for n in range(10)]
print(squares)
evens = [n for n in range(20) if n % 2 == 0]
print(evens)
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)

# Two for clauses: the first one is the outer loop
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)

# Nested comprehension builds a matrix; flatten it again
matrix = [[row * 3 + col for col in range(3)] for row in range(3)]
print(matrix)
flat = [value for row in matrix for value in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

# Several conditions
print([n for n in range(50) if n % 3 == 0 if n % 5 == 0])

# Working with strings
words = ["Apple", "banana", "Cherry", "date"]
print([w.upper() for w in words if w[0].isupper()])
print([len(w) for w in words])
print([ch for ch in "hello world" if ch not in "aeiou "])

# The loop variable does not leak out of a comprehension
n = "outer"
_ = [n for n in range(3)]
print(n)

# Pythagorean triples
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
