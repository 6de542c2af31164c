names = ["ada", "bob"]
for name in names
    print(name.title())
