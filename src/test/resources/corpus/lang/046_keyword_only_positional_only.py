# Keyword-only parameters (after * or *args) and positional-only ones (before /).
def connect(host, port, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"

print(connect("example.org", 80))
print(connect("example.org", 443, secure=True))
try:
    connect("example.org", 443, 5)
except TypeError as error:
    print("TypeError:", error)

def divide(a, b, /):
    return a / b

print(divide(9, 3))
try:
    divide(a=9, b=3)
except TypeError as error:
    print("TypeError:", error)

# All three kinds together
def describe(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)

print(describe(1, d=4))
print(describe(1, 20, 30, d=40, e=50))
print(describe(1, c=300, d=400))

# Required keyword-only argument missing
try:
    describe(1)
except TypeError as error:
    print("TypeError:", error)

# Keyword-only after *args
def join_words(*words, sep=" "):
    return sep.join(words)

print(join_words("a", "b", "c"))
print(join_words("a", "b", "c", sep="-"))

# A positional-only name can still appear in **kwargs
def f(name, /, **kwargs):
    return name, kwargs

print(f("pos", name="kw"))
