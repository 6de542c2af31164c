# Recursive functions.
def factorial(n):
    return 1 if n == 0 else n * factorial(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([factorial(n) for n in range(8)])
print([fib(n) for n in range(15)])

# Sum of a nested list structure
def deep_sum(item):
    if isinstance(item, list):
        return sum(deep_sum(x) for x in item)
    return item

print(deep_sum([1, [2, 3], [[4], [5, [6]]]]))

# Flatten
def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result

print(flatten([1, [2, [3, [4, [5]]]], 6]))

# Permutations
def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result

print(permutations([1, 2, 3]))

# Towers of Hanoi
def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)

# Moderately deep recursion is fine
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)

print(count_down(500))
