def value():
    return 3

value() = 4
print(value())
