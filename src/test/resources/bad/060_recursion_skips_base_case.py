# Counting down by two from an odd number steps right over the base case.
def count_down(n):
    if n == 0:
        return "liftoff"
    return count_down(n - 2)


print(count_down(10))
print(count_down(9))
