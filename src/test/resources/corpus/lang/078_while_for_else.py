# The else clause of loops runs when the loop was not left by break.
def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print(f"found {target!r} at {index}")
            break
    else:
        print(f"{target!r} not found")


find(["a", "b", "c"], "b")
find(["a", "b", "c"], "z")
find([], "a")

# Prime test with for/else
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

# while/else
count = 0
while count < 3:
    print("count", count)
    count += 1
else:
    print("while ended normally at", count)

attempts = 0
while True:
    attempts += 1
    if attempts == 2:
        break
else:
    print("never printed")
print("attempts", attempts)

# Searching with a while loop and else
stack = [3, 8, 12, 5]
while stack:
    value = stack.pop()
    if value > 10:
        print("big value", value)
        break
else:
    print("no big value")
print("left on stack", stack)

# continue does not prevent the else
for i in range(3):
    if i == 1:
        continue
else:
    print("else after continue, i =", i)
