# Splitting strings into lists and joining them back.
sentence = "the quick brown fox"
words = sentence.split()
print(words)
print(len(words))
print("-".join(words))
print("".join(reversed(words)))

# split with an explicit separator keeps empty fields
csv_line = "name,,age,city,"
print(csv_line.split(","))
print("a  b   c".split(" "))
print("a  b   c".split())
print("   padded   ".split())

# maxsplit limits how many splits happen
print("k=v=w".split("=", 1))
print("a b c d".split(maxsplit=2))
print("a,b,c,d".rsplit(",", 1))

# join needs strings
numbers = [1, 2, 3]
print(", ".join(str(n) for n in numbers))
print(" + ".join(map(str, numbers)), "=", sum(numbers))

# Splitting into lines of key/value pairs
config = "host=localhost;port=8080;debug=true"
settings = {}
for pair in config.split(";"):
    key, value = pair.split("=")
    settings[key] = value
print(settings)
print("".split(","), "".split())
