print("start")
nonlocal count
count = 1
print(count)
