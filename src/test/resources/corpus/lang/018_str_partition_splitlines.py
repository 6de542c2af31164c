# partition splits once around a separator and always returns three parts.
print("key=value".partition("="))
print("key=value=more".partition("="))
print("no separator".partition("="))
print("a.b.c".rpartition("."))
print("abc".rpartition("."))

# Parsing an email address
user, at, domain = "ada@example.org".partition("@")
print(user, domain, at == "@")

# splitlines breaks on line endings and drops them
text = "first line\nsecond line\r\nthird\n\nfifth"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("trailing\n".splitlines(), "trailing\n".split("\n"))
print("".splitlines())

# Counting non-blank lines of a poem
poem = """Roses are red,
Violets are blue,

Python is fun,
And so are you.
"""
lines = [line for line in poem.splitlines() if line.strip()]
print(len(lines))
for number, line in enumerate(lines, 1):
    print(number, line)
