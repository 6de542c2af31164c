# Lambda expressions: small anonymous functions.
square = lambda n: n * n
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no arguments")())
print((lambda *args, **kw: (args, kw))(1, k=2))
print(square.__name__)

# Lambdas are most useful as key functions
people = [("Zoe", 22), ("Adam", 35), ("Mia", 29)]
print(sorted(people, key=lambda p: p[1]))
print(max(people, key=lambda p: len(p[0])))

# A dispatch table of operations
operations = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for symbol in "+-*/":
    print(8, symbol, 2, "=", operations[symbol](8, 2))

# Lambda with a conditional expression
sign = lambda n: "negative" if n < 0 else "zero" if n == 0 else "positive"
print([sign(n) for n in (-3, 0, 3)])

# Returning a lambda from a function
def adder(k):
    return lambda n: n + k

add5 = adder(5)
print(add5(10), list(map(adder(100), [1, 2, 3])))

# Immediately composed functions
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
