# Infinite generators are fine as long as the consumer stops.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


# Take the first ten primes by breaking out manually
first = []
for p in primes():
    if len(first) == 10:
        break
    first.append(p)
print(first)

# A helper that takes n items
def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) >= n:
            break
        result.append(item)
    return result

print(take(5, naturals(10)))

# Cycling through a list forever
def cycle(items):
    while True:
        for item in items:
            yield item

turns = cycle(["red", "green", "blue"])
print([next(turns) for _ in range(7)])

# Collatz sequence ends when it reaches 1
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1

print(list(collatz(27))[:12], len(list(collatz(27))))

# First square above 1000
for n in naturals():
    if n * n > 1000:
        print("first square above 1000:", n, n * n)
        break
