count = 0
5 = count
print(count)
