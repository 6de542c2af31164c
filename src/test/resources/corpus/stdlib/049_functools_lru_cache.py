# functools.lru_cache and cache: memoizing a function.
from functools import lru_cache, cache

calls = 0


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), calls)
print(fib(30), calls)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def slow_square(n: int) -> int:
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    print(n, slow_square(n))
print(slow_square.cache_info())


@cache
def ways(amount: int, coins: tuple[int, ...]) -> int:
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])


print(ways(100, (50, 25, 10, 5, 1)))
print(ways.cache_info().hits > 0, fib.__name__, fib.__wrapped__(10))
try:
    slow_square([1])
except TypeError as e:
    print("TypeError:", e)
