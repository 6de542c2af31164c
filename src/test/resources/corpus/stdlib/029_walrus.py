# The walrus operator := assigns inside an expression.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

# Read "chunks" until an empty one, without repeating the call.
chunks = iter(["ab", "cd", "ef", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)

# Reuse an expensive value in a comprehension.
def slow_square(x: int) -> int:
    return x * x

print([y for x in data if (y := slow_square(x)) > 10])
print("last y:", y)  # the comprehension's := binds in the enclosing scope

for line in ["id=42", "name: Ada", "id=7"]:
    if (pos := line.find("id=")) >= 0:
        print("found id", line[pos + 3:])
    else:
        print("no id in", repr(line))

total = 0
running = [total := total + v for v in data]
print(running, total)
print(any((hit := v) > 5 for v in data), hit)
