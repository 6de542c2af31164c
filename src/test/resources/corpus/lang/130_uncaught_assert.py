# A failing assert with a message.
def mean(values):
    assert len(values) > 0, "mean() needs at least one value"
    return sum(values) / len(values)


print(mean([1, 2, 3, 4]))
assert mean([5]) == 5
print("checks passed")
print(mean([]))
