# Generator functions produce values lazily with yield.
def count_up_to(limit):
    print("  generator started")
    n = 1
    while n <= limit:
        yield n
        n += 1
    print("  generator finished")


gen = count_up_to(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")

for value in count_up_to(2):
    print("for got", value)
print(list(count_up_to(4)))

# Generators keep their local state between values
def fibonacci(count):
    a, b = 0, 1
    for _ in range(count):
        yield a
        a, b = b, a + b

print(list(fibonacci(12)))
print(sum(fibonacci(20)))

# A return value ends the generator (and becomes StopIteration.value)
def with_return():
    yield 1
    return "done"

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration value:", stop.value)

# Generators can be iterated only once
squares = (n * n for n in range(3))
print(list(squares), list(squares))

# Reading chunks
def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]

print(list(chunks("abcdefgh", 3)))
