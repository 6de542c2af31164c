n = 5
if n < 0:
    print("negative")
else:
    print("not negative")
elif n == 0:
    print("zero")
