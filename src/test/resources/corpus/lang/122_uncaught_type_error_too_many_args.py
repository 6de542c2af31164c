# Calling a function with one argument too many.
def double(n):
    return n * 2


print(double(21))
print(double("ab"))

# Perhaps the caller meant double(1) + double(2)
print(double(1, 2))
