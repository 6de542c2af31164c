name = "ada"
print("hello", name)
print("bye