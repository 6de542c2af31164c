# Sets of small ints print in hash order, which for small ints is (mostly) numeric order.
print({3, 1, 2})
print({10, 5, 0, 7})
print({-1, -2, 3})
print(set(range(10, 0, -1)))
print({100, 1, 50})
print(set([8, 16, 3, 24, 40]))

# Collisions and growth change the order, and CPython repeats it exactly
print({32, 1, 64, 2})
s = set()
for n in [20, 3, 9, 14, 1, 7]:
    s.add(n)
print(s)

# Removing and re-adding
s.discard(9)
s.add(30)
print(s)

# Set algebra on small ints
primes = {2, 3, 5, 7, 11, 13}
odds = set(range(1, 15, 2))
print(primes & odds)
print(odds - primes)
print(primes ^ odds)

# Sieve with a set
limit = 30
composites = {m for n in range(2, limit) for m in range(n * n, limit, n)}
print(set(range(2, limit)) - composites)

# Unique digits
print(set(int(d) for d in "9091827364"))
print(sorted({4, 2, 9}), len({4, 2, 9, 2}))
