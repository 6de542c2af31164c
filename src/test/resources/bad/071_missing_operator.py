width = 5
area = width width
print(area)
