def area(width, height):
    return width * height

print(area(width=3, 4))
