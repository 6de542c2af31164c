# Changing case.
s = "hello wORLD, it's a fine day"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("straße".upper())
print("MiXeD".casefold())

# Case-insensitive comparison
a, b = "Python", "PYTHON"
print(a == b, a.lower() == b.lower())

# Checks
print("HELLO".isupper(), "hello".islower(), "Hello World".istitle())
print("hello world".istitle(), "123".isupper())

# Title-casing words with apostrophes and digits
print("3rd place o'neill".title())

# Making a slug from a title
title = "  The Quick Brown Fox  "
slug = "-".join(title.lower().split())
print(slug)
