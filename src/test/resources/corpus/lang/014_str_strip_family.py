# strip, lstrip and rstrip remove characters from the ends only.
text = "   hello world   "
print(repr(text.strip()))
print(repr(text.lstrip()))
print(repr(text.rstrip()))

# With an argument they remove any of the given characters
print("xxhixx".strip("x"))
print("--==title==--".strip("-="))
print("www.example.com".lstrip("w."))
print("file.txt...".rstrip("."))
print("\t\n spaces and tabs \n".strip())

# The argument is a set of characters, not a prefix
print("abcabcXabc".lstrip("abc"))

# removeprefix and removesuffix remove an exact string once
print("test_parser.py".removeprefix("test_"))
print("test_parser.py".removesuffix(".py"))
print("parser.py".removeprefix("test_"))

# Cleaning up user input
raw_names = ["  alice ", "BOB\n", "\tcarol  "]
clean = [name.strip().capitalize() for name in raw_names]
print(clean)
