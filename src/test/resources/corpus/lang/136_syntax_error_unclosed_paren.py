# An opening parenthesis that is never closed.
total = 0
for n in range(5):
    total += n

print("total is", (total * 2)
print("done")

if total > 5:
    print("big")
