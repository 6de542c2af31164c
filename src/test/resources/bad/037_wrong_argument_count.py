def move(x, y, dx, dy):
    return x + dx, y + dy


print(move(0, 0, 1, 1))
print(move(0, 0, 1))
