# A program that ends with an uncaught ZeroDivisionError.
def average(values):
    return sum(values) / len(values)


print("average of [2, 4, 6]:", average([2, 4, 6]))
print("average of [10]:", average([10]))
print("now averaging an empty list...")
print(average([]))
print("never printed")
