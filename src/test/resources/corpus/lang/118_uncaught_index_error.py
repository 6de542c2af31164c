# Walking one step too far along a list (an off-by-one error).
scores = [70, 85, 90]
total = 0

# range(len(scores) + 1) goes one index past the end
for i in range(len(scores) + 1):
    print("reading index", i)
    total += scores[i]

print("total", total)
