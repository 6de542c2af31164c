# A SyntaxError: nothing runs, not even the first print.
print("this line never runs")


def greet(name)
    print("hello", name)


greet("ada")
greet("bob")
