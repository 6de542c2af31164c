items = [1, 2, 3]
while (len(items) > 0:
    print(items.pop())
