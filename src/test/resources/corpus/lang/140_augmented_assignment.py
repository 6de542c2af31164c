# Augmented assignment: +=, -=, *=, //=, %=, **=, &=, |=, ^=, <<=, >>=.
n = 10
steps = []
n += 5; steps.append(n)
n -= 3; steps.append(n)
n *= 4; steps.append(n)
n //= 5; steps.append(n)
n %= 4; steps.append(n)
n **= 10; steps.append(n)
n <<= 3; steps.append(n)
n >>= 1; steps.append(n)
n &= 0xF0; steps.append(n)
n |= 0b1; steps.append(n)
n ^= 0xFF; steps.append(n)
print(steps)
x = 7
x /= 2
print(x)

# Strings and tuples build new objects
s = "ab"
t = s
s *= 3
print(s, t)
pair = (1, 2)
pair += (3,)
print(pair)

# Lists change in place
items = [1]
same = items
items += "xy"  # extends with each character
items *= 2
print(items, same is items)

# Augmented assignment on subscripts
counts = {"a": 0}
counts["a"] += 1
counts["a"] += 1
grid = [[0, 0], [0, 0]]
grid[1][0] -= 5
print(counts, grid)


# __iadd__ lets a class mutate itself in place
class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        self.items.append(item)
        return self


bag = Bag()
alias = bag
bag += "apple"
bag += "pear"
print(alias.items, alias is bag)
