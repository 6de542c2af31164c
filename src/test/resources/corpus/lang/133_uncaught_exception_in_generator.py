# An exception inside a generator surfaces where next() is called.
def reciprocals(values):
    for v in values:
        yield 1 / v


print(list(reciprocals([1, 2, 4])))

# The fourth value is zero
for r in reciprocals([1, 2, 4, 0, 5]):
    print(r)
