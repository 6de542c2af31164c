# iter() and next() by hand.
it = iter([10, 20, 30])
print(next(it))
print(next(it))
print(next(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")

# An iterator is its own iterator
letters = iter("abc")
print(iter(letters) is letters)
print(list(letters))

# A for loop calls iter() and next() for us; we can mix both
numbers = iter(range(6))
for n in numbers:
    if n == 2:
        print("skipping", next(numbers))
    else:
        print("loop", n)

# Reading pairs from one iterator
flat = iter([1, "one", 2, "two", 3, "three"])
print(list(zip(flat, flat)))

# iter with a sentinel calls a function until it returns the sentinel
values = [5, 4, 0, 3]
def pop_front():
    return values.pop(0)
print(list(iter(pop_front, 0)))
print(values)

# dict iterators
d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), next(keys), next(keys, None))
