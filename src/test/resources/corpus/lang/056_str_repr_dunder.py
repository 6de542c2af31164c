# __str__ is for people, __repr__ is for programmers.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(1, 2)
print(p)
print(str(p), repr(p))
print([p, Point(3, 4)])  # containers use repr for their items
print(f"{p} {p!r}")
print("%s %r" % (p, p))
print({"origin": Point(0, 0)})

# Only __repr__: str() falls back to it
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

m = Money(250)
print(m, str(m), [m])

# Only __str__: repr() is the default one (so we do not print it here)
class Label:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        return self.text.upper()

label = Label("hello")
print(label)
print(repr(label).startswith("<__main__.Label object at"))

# repr with strings inside shows quotes
class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Named(name={self.name!r})"

print(Named("it's"), Named('say "hi"'))

# __format__ falls back to str() for an empty spec
print(format(p), f"{p:}")
