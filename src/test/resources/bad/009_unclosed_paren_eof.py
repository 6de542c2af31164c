values = [4, 8, 15]
print("sum:", sum(values)
