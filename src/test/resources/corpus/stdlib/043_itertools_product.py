# itertools.product, permutations and combinations: nested loops without nesting.
from itertools import product, permutations, combinations, combinations_with_replacement

sizes = ["S", "M"]
colors = ["red", "blue"]
for size, color in product(sizes, colors):
    print(size, color)

print(list(product([0, 1], repeat=3)))
print(["".join(p) for p in product("ab", "xy", "12")][:5])
print(len(list(product(range(10), repeat=4))))
print(list(permutations("abc", 2)))
print(list(combinations([1, 2, 3, 4], 2)))
print(list(combinations_with_replacement("ab", 2)))

# Find all pairs of coins that add up to 30.
coins = [5, 10, 20, 25]
print([pair for pair in combinations(coins, 2) if sum(pair) == 30])
