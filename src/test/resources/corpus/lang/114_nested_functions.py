# Functions defined inside functions: helpers, factories and pipelines.
def process_orders(orders):
    def subtotal(order):
        return order["qty"] * order["price"]

    def discount(amount):
        return amount * 0.9 if amount > 100 else amount

    results = []
    for order in orders:
        results.append(round(discount(subtotal(order)), 2))
    return results

orders = [{"qty": 2, "price": 30}, {"qty": 5, "price": 25}, {"qty": 1, "price": 100.5}]
print(process_orders(orders))

# Function composition
def compose(*functions):
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value
    return composed

shout = compose(lambda s: s + "!", str.upper, str.strip)
print(shout("  hello  "))

# Functions are objects: store them, pass them, return them
def apply_twice(function, value):
    return function(function(value))

print(apply_twice(lambda n: n * 3, 2), apply_twice(str.title, "hello world"))

# Partial application by hand
def partial(function, *fixed):
    def wrapper(*rest):
        return function(*fixed, *rest)
    return wrapper

def volume(length, width, height):
    return length * width * height

base_10x10 = partial(volume, 10, 10)
print(base_10x10(3), base_10x10(7))

# Attributes on functions
def documented():
    """This function has a docstring."""
    return None

print(documented.__doc__)
documented.version = 2
print(documented.version, documented.__name__)
