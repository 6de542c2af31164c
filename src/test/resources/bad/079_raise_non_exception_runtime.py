# Raising something that is not an exception.
def check(n):
    if n < 0:
        raise "negative number"
    return n


print(check(3))
print(check(-1))
