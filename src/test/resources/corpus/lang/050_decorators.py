# Decorators wrap a function in another function.
def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

print(greet("ada"))
print(greet.__name__)  # the wrapper's name, since we did not copy it

# A decorator that counts calls by storing state on the wrapper
def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    return wrapper

@count_calls
def square(n):
    return n * n

print(square(3), square(4), square.calls, square.__name__)

# Stacking decorators: the closest one to def is applied first
def bold(func):
    return lambda: "<b>" + func() + "</b>"

def italic(func):
    return lambda: "<i>" + func() + "</i>"

@bold
@italic
def text():
    return "hi"

print(text())

# A tracing decorator for recursion
def trace(func):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + f"-> {func.__name__}({n})")
        depth[0] += 1
        result = func(n)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(3)
