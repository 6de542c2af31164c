# map(), filter() and reversed() return lazy iterators.
nums = [1, 2, 3, 4, 5, 6]
doubled = map(lambda n: n * 2, nums)
print(type(doubled).__name__)
print(list(doubled))
print(list(doubled))  # used up

print(list(map(str, nums)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(len, ["a", "abc", ""])))

evens = filter(lambda n: n % 2 == 0, nums)
print(list(evens))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])))

backwards = reversed(nums)
print(type(backwards).__name__)
print(list(backwards))
print("".join(reversed("stressed")))
print(list(reversed(range(5))))
print(list(reversed((1, 2, 3))))

# A custom class can support reversed() through __reversed__
class Countdown:
    def __init__(self, start):
        self.start = start

    def __reversed__(self):
        return iter(range(1, self.start + 1))

print(list(reversed(Countdown(4))))

# Combining them
total = sum(map(int, filter(str.isdigit, "a1b2c3d45".split("c") + ["7"])))
print(total)
print(list(map(lambda pair: pair[0] * pair[1], zip([1, 2, 3], [4, 5, 6]))))
