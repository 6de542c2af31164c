# print() with no arguments, one argument, and several arguments.
print("Hello, world!")
print()
print("one", "two", "three")
print(1, 2.5, True, None)
print([1, 2, 3], (4, 5), {"a": 1})

# print converts each argument with str(), not repr()
print("quoted?", "no")
print(repr("quoted?"), "yes")

# Numbers and strings mixed in one call
name = "Ada"
age = 36
print("Name:", name, "Age:", age)

# Printing the result of expressions
print(2 + 3, 2 * 3, 2 ** 10)
print("ab" * 3)
print(len("hello"), len([1, 2]))
