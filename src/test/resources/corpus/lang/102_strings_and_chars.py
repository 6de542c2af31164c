# Characters, ord() and chr().
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"), ord("€"))
print(chr(65), chr(97), chr(8364), chr(128512) == "\U0001F600")
print([chr(c) for c in range(ord("a"), ord("f"))])

# Caesar cipher
def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)

secret = caesar("Hello, World!", 3)
print(secret, "->", caesar(secret, -3))

# Iterating over a string
for index, ch in enumerate("héllo"):
    print(index, ch, ord(ch))

# Strings are immutable
word = "cat"
try:
    word[0] = "b"
except TypeError as error:
    print("TypeError:", error)
print("b" + word[1:])

# Repetition, membership, comparison by code point
print("-" * 10, "ab" * 0, "na" * 4)
print("a" < "b", "Z" < "a", "apple" < "apples", "10" < "9")
print(max("hello"), min("hello"), sorted("hello"), len("😀é"))

# Escape sequences
print("tab:\t|", "quote:\"", 'apostrophe:\'', "backslash:\\", "unicode:\u00e9")
print(len("\n"), repr("\n"), r"raw\n", len(r"raw\n"))
