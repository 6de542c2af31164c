# Decorators that take arguments are functions returning decorators.
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def roll(sides):
    return sides

print(roll(6))

# A registry of handlers
handlers = {}

def register(command):
    def decorator(func):
        handlers[command] = func
        return func
    return decorator

@register("add")
def do_add(a, b):
    return a + b

@register("mul")
def do_mul(a, b):
    return a * b

print(sorted(handlers))
for command in ["add", "mul"]:
    print(command, handlers[command](6, 7))
print(do_add(1, 1))

# Validation decorator
def require_positive(func):
    def wrapper(n):
        if n <= 0:
            raise ValueError(f"{func.__name__} needs a positive number, got {n}")
        return func(n)
    return wrapper

@require_positive
def half(n):
    return n / 2

print(half(9))
try:
    half(-2)
except ValueError as error:
    print(error)
