# __call__ makes instances callable like functions.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value):
        return value * self.factor


times3 = Multiplier(3)
print(times3(7), times3("ab"))
print(list(map(times3, [1, 2, 3])))
print(callable(times3), callable(Multiplier), callable(42), callable(print))

# A stateful callable: a running total
class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, amount=0):
        self.total += amount
        return self.total

acc = Accumulator()
for amount in [10, 5, -3]:
    print(acc(amount))
print(acc())

# Callables as key functions
class ByLength:
    def __call__(self, text):
        return len(text)

print(sorted(["ccc", "a", "bb"], key=ByLength()))

# Calling something that is not callable
text = "text"
try:
    text()
except TypeError as error:
    print("TypeError:", error)

instance = Accumulator()
try:
    instance.total()
except TypeError as error:
    print("TypeError:", error)
