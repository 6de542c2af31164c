# itertools.chain and cycle: joining iterables, repeating one forever.
from itertools import chain, cycle, islice, repeat

print(list(chain([1, 2], (3, 4), "ab")))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(chain.from_iterable(nested)))

players = ["red", "green", "blue"]
turns = cycle(players)
print([next(turns) for _ in range(7)])

# Round-robin assignment of tasks to workers.
workers = cycle(["w1", "w2"])
jobs = ["parse", "fetch", "store", "index", "email"]
for job, worker in zip(jobs, workers):
    print(f"{worker} <- {job}")

print(list(islice(cycle("AB"), 5)))
print(list(repeat("x", 3)), list(zip(range(3), repeat(0))))
print(list(map(pow, range(5), repeat(2))))
print(sum(chain(range(3), range(10, 13))))
