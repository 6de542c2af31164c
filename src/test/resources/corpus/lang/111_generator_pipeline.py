# Chaining generators into a data-processing pipeline.
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 91%
2024-01-02 ERROR db timeout
2024-01-02 INFO user login
2024-01-03 ERROR db timeout
2024-01-03 ERROR cache miss
2024-01-04 INFO stop"""


def read_lines(text):
    for line in text.splitlines():
        print(f"  read: {line[:16]}...")
        yield line


def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "message": message}


def only(level, records):
    return (r for r in records if r["level"] == level)


errors = only("ERROR", parse(read_lines(LOG)))
print("pipeline built, nothing read yet")
first = next(errors)
print("first error:", first)
rest = list(errors)
print("remaining errors:", [r["message"] for r in rest])

# Counting per message
counts = {}
for record in only("ERROR", parse(LOG.splitlines())):
    counts[record["message"]] = counts.get(record["message"], 0) + 1
print(counts)

# Moving averages with a generator
def moving_average(values, width):
    window = []
    for value in values:
        window.append(value)
        if len(window) > width:
            window.pop(0)
        if len(window) == width:
            yield sum(window) / width

print(list(moving_average([1, 2, 3, 4, 5, 6, 7], 3)))
