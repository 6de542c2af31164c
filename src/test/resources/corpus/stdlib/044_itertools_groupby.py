# itertools.groupby: groups consecutive items with the same key (sort first!).
from itertools import groupby
from operator import itemgetter

print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(["".join(g) for _, g in groupby("aaabccaa")])

sales = [
    ("2024-01", "north", 10), ("2024-01", "south", 7), ("2024-02", "north", 3),
    ("2024-02", "south", 9), ("2024-02", "east", 4), ("2024-03", "north", 12),
]
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])

words = ["apple", "bob", "avocado", "banana", "cherry", "blueberry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})  # not sorted: keys repeat
by_first = {k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])}
print(by_first)


def run_length(data: str) -> str:
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(data))


print(run_length("WWWWBBBWWC"))
