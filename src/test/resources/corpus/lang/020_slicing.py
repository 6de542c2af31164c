# Slicing lists and strings: [start:stop:step].
letters = "abcdefghij"
print(letters[2:5], letters[:3], letters[7:], letters[:])
print(letters[-3:], letters[:-3], letters[-5:-2])
print(letters[::2], letters[1::2], letters[::-1])
print(letters[8:2:-2], letters[-1:-4:-1])
print(repr(letters[5:2]), repr(letters[100:]), letters[-100:3])

nums = list(range(10))
print(nums[::3], nums[::-3])
print(nums[2:8:2])

# Slices make copies
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])

# Slice assignment can change the length of a list
nums[2:5] = ["x"]
print(nums)
nums[:0] = [-2, -1]
print(nums)
del nums[::2]
print(nums)

# Extended slice assignment needs the same length
data = [0] * 6
data[::2] = [1, 2, 3]
print(data)

# Tuples slice too, and slice objects can be stored
t = (10, 20, 30, 40, 50)
middle = slice(1, 4)
print(t[middle], t[1:4] == t[middle])
print(slice(1, 10, 2).indices(5))

# Palindromes
for word in ["level", "python", "racecar"]:
    print(word, word == word[::-1])
