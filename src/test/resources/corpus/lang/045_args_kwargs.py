# *args collects extra positional arguments, **kwargs extra keyword arguments.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "two", three=3)

def total(first, *rest):
    return first + sum(rest)

print(total(1), total(1, 2, 3, 4))

# Unpacking into a call
numbers = [4, 5, 6]
options = {"sep": " | ", "end": " <end>\n"}
print(*numbers)
print(*numbers, **options)
show(*"ab", *[1], **{"x": 1}, y=2)

# Forwarding arguments through a wrapper
def log_call(func, *args, **kwargs):
    print("calling", func.__name__, args, kwargs)
    return func(*args, **kwargs)

def power(base, exponent=2):
    return base ** exponent

print(log_call(power, 3))
print(log_call(power, 2, exponent=10))

# Building a tag with attributes
def tag(name, *children, **attributes):
    attrs = "".join(f' {k}="{v}"' for k, v in attributes.items())
    return f"<{name}{attrs}>{''.join(children)}</{name}>"

print(tag("p", "Hello ", "world", id="intro", style="bold"))
print(tag("br"))

# A keyword argument that the function does not accept
try:
    power(2, exp=3)
except TypeError as error:
    print("TypeError:", error)
