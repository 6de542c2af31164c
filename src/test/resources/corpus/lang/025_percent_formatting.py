# Old-style % formatting, still common in older code.
print("Hello, %s!" % "world")
print("%s is %d years old" % ("Ada", 36))
print("%d%%" % 50)
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %10.3f %-10.1f|" % (3.14159, 2.71828, 1.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %.2E" % (12345.678, 0.000123))
print("%g %g" % (0.00001, 123456789.0))
print("%r %s" % ("text", "text"))
print("%c%c%c" % (80, 121, 33))
print("%+d %+d % d" % (5, -5, 5))

# Named fields with a dict
record = {"name": "Bob", "score": 87.5}
print("%(name)s scored %(score).1f" % record)

# Width from an argument with *
print("[%*d]" % (6, 7))
print("[%-*s]" % (6, "ab"))

# A single value does not need a tuple, but a tuple value does
print("%s" % 10)
print("%s" % ((1, 2),))

# %s uses str(), %r uses repr()
print("%s %r" % (None, None))
print("%s|%r" % (1.0, [1, "a"]))

# Common errors
try:
    print("%d %d" % (1,))
except TypeError as error:
    print("TypeError:", error)
try:
    print("%d" % "x")
except TypeError as error:
    print("TypeError:", error)
