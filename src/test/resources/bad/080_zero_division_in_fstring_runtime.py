# The error happens while an f-string is being built.
scores = []
count = len(scores)
print(f"{count} scores")
print(f"average: {sum(scores) / count:.2f}")
