# Closures: inner functions remember variables of the enclosing function.
def make_multiplier(factor):
    def multiply(n):
        return n * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

# A counter built from a closure and nonlocal
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

# Closures capture variables, not values: the late-binding surprise
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])

# Fix it with a default argument
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

# The closure sees later changes to the variable
def outer():
    message = "before"
    def show():
        return message
    message = "after"
    return show

print(outer()())

# Accumulating averages
def make_averager():
    values = []
    def add(v):
        values.append(v)
        return sum(values) / len(values)
    return add

avg = make_averager()
for v in [10, 20, 60]:
    print(avg(v))
