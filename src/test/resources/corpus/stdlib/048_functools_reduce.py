# functools.reduce: folding a sequence into one value.
from functools import reduce
import operator

numbers = [1, 2, 3, 4, 5]
print(reduce(operator.add, numbers))
print(reduce(operator.mul, numbers, 1))
print(reduce(lambda acc, n: acc * 10 + n, numbers))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

# Deep lookup in nested dictionaries.
config = {"db": {"primary": {"host": "10.0.0.1", "port": 5432}}}
print(reduce(operator.getitem, ["db", "primary", "port"], config))

# Compose functions right to left.
def compose(*funcs):
    return reduce(lambda f, g: lambda x: f(g(x)), funcs)


shout = compose(lambda s: s + "!", str.upper, str.strip)
print(shout("  hello  "))

words = ["asyncio", "event", "loop", "coroutine"]
longest = reduce(lambda a, b: a if len(a) >= len(b) else b, words)
print(longest)
print(reduce(lambda acc, w: {**acc, w[0]: acc.get(w[0], 0) + 1}, words, {}))
