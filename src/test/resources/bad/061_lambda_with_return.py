square = lambda n: return n * n
print(square(3))
