# Calling a function without a required argument.
def square(x):
    return x * x


print(square(9))
print([square(n) for n in range(4)])

# The argument was forgotten
result = square()
print(result)
