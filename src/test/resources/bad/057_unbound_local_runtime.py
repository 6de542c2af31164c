# Assigning to a global name inside a function without `global`.
total = 0


def add(n):
    total = total + n
    return total


print("adding")
add(5)
