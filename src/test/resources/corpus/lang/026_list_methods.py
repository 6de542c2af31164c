# The methods of list.
fruits = ["apple", "banana"]
fruits.append("cherry")
print(fruits)
fruits.insert(0, "apricot")
fruits.insert(100, "zucchini")
fruits.insert(-1, "date")
print(fruits)
fruits.extend(["elder", "fig"])
print(fruits, len(fruits))

print(fruits.pop(), fruits.pop(0), fruits.pop(-2))
print(fruits)
fruits.remove("banana")
print(fruits)

try:
    fruits.remove("mango")
except ValueError as error:
    print("ValueError:", error)

nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(nums.index(5), nums.index(5, 5), nums.count(5), nums.count(7))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)

copy = nums.copy()
nums.clear()
print(nums, len(copy))

try:
    [].pop()
except IndexError as error:
    print("IndexError:", error)

try:
    copy.index(42)
except ValueError as error:
    print("ValueError:", error)

# sort returns None, a common surprise
result = copy.sort()
print(result)
