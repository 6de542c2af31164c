def add(a, a):
    return a + a

print(add(1, 2))
