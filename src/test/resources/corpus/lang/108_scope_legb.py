# Name lookup: Local, Enclosing, Global, Built-in.
x = "global x"

def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()

print(outer())
print(x)

# Shadowing a built-in name by accident
def total(values):
    sum = 0  # shadows the built-in sum inside this function only
    for v in values:
        sum += v
    return sum

print(total([1, 2, 3]), sum([1, 2, 3]))

# Module-level shadowing, then restoring by deleting
len = lambda obj: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))

# Class bodies do not create an enclosing scope for methods
class Counter:
    step = 5

    def advance(self, value):
        return value + self.step  # must use self.step, not step

print(Counter().advance(10))

# Comprehensions have their own scope but can read enclosing names
factor = 3
print([factor * n for n in range(4)])

# A loop variable stays defined after the loop
for i in range(3):
    pass
print("i after loop:", i)

# Functions see the global value at call time
setting = "old"
def show_setting():
    return setting
setting = "new"
print(show_setting())
