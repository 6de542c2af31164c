# sum(), any() and all().
print(sum([1, 2, 3]), sum([]), sum(range(101)))
print(sum([0.1] * 3), sum([1, 2], 10))
print(sum([[1], [2, 3]], []))
print(sum(x * x for x in range(4)))
print(sum([True, True, False]))

print(any([]), all([]))
print(any([0, "", None]), any([0, 1]))
print(all([1, "a", [0]]), all([1, 0]))

# any/all stop as soon as the answer is known
def check(n):
    print("checking", n)
    return n > 2

print(any(check(n) for n in [1, 3, 5]))
print(all(check(n) for n in [3, 1, 5]))

# Practical uses
passwords = ["hunter2", "Secret123", "abc"]
for pw in passwords:
    strong = len(pw) >= 8 and any(c.isupper() for c in pw) and any(c.isdigit() for c in pw)
    print(pw, strong)

grid = [[1, 2], [3, 4]]
print(all(all(v > 0 for v in row) for row in grid))
print(sum(sum(row) for row in grid))

# sum refuses strings
try:
    sum(["a", "b"], "")
except TypeError as error:
    print("TypeError:", error)
