n = 4
print("checking", n)
else:
    print("odd")
