x = 10
y = (x + 2) * 3)
print(y)
