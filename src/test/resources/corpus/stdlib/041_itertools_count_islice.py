# itertools.count and islice: infinite sequences, taken a slice at a time.
from itertools import count, islice, takewhile, dropwhile, accumulate

print(list(islice(count(), 5)))
print(list(islice(count(10, 5), 4)))
print(list(islice(count(0.5, 0.25), 3)))
print(list(islice("abcdefgh", 2, 7, 2)))
print(list(islice(range(100), 95, None)))


def primes():
    found: list[int] = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(list(islice(primes(), 10)))
print(list(takewhile(lambda n: n < 20, primes())))
print(list(islice(dropwhile(lambda n: n < 50, primes()), 3)))
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5], max)))

ids = count(1)
tickets = {name: next(ids) for name in ["ann", "bob", "cid"]}
print(tickets, next(ids))
print(count(5), repr(count(1, 2)))
