point = (3, 4]
print(point)
