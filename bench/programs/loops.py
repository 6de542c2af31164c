# Nested loops over lists and dicts: iteration, subscripts, dict get/set, int arithmetic.
def run():
    rows = [list(range(i, i + 100)) for i in range(100)]
    counts = {}
    total = 0
    for _ in range(600):
        for row in rows:
            for x in row:
                total += x * 2
                key = x % 17
                counts[key] = counts.get(key, 0) + 1
    by_name = {str(i): i for i in range(1000)}
    for _ in range(2400):
        for name, value in by_name.items():
            if value % 3 == 0:
                total -= value
    return total, len(counts)


print(run())
