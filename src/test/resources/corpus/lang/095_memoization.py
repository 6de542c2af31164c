# Memoization with a dict: from exponential to linear time.
calls = 0

def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(20), "calls:", calls)

memo = {}
calls = 0

def fast_fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)
    return memo[n]

print(fast_fib(20), "calls:", calls)
print(fast_fib(200))

# Counting paths on a grid with memoization
def grid_paths(rows, cols, cache=None):
    if cache is None:
        cache = {}
    if rows == 1 or cols == 1:
        return 1
    key = (rows, cols)
    if key not in cache:
        cache[key] = grid_paths(rows - 1, cols, cache) + grid_paths(rows, cols - 1, cache)
    return cache[key]

print([grid_paths(n, n) for n in range(1, 10)])
print(grid_paths(30, 30))

# Coin change: number of ways to make an amount
def ways(amount, coins):
    table = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            table[value] += table[value - coin]
    return table[amount]

print(ways(100, [1, 5, 10, 25, 50]))
print(ways(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
