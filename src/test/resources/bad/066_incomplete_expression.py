a = 4
b = a *
print(b)
