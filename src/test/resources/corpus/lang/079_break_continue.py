# break leaves the innermost loop; continue skips to its next iteration.
for n in range(10):
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)

# break in a nested loop only leaves the inner loop
for row in range(3):
    for col in range(3):
        if col > row:
            break
        print(f"({row},{col})", end=" ")
    print()

# Leaving two loops at once with a flag
grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, value in enumerate(row):
        if value == 99:
            found = (r, c)
            break
    if found:
        break
print("found at", found)

# ... or with a function and return
def locate(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return r, c
    return None

print(locate(grid, 8), locate(grid, 100))

# Skipping comments and blank lines while parsing
text = """# header
alpha = 1

# comment
beta = 2
stop
gamma = 3"""
for line in text.splitlines():
    if not line or line.startswith("#"):
        continue
    if line == "stop":
        break
    key, value = line.split(" = ")
    print(key, "->", value)
