# How repr() shows strings with quotes, escapes and Unicode.
samples = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "line1\nline2",
    "tab\tstop",
    "back\\slash",
    "bell\a and null\0",
    "\x7f delete",
    "café",
    "€100",
    "😀",
    "\u200b zero width",
    "\r carriage",
]
for s in samples:
    print(repr(s), len(s))

# Triple-quoted strings keep newlines
poem = """first
  second"""
print(repr(poem))

# Raw strings keep backslashes
path = r"C:\new\table"
print(path, repr(path), len(path))

# Adjacent literals are joined
joined = "abc" "def" 'ghi'
print(joined)

# Lists of strings use repr for their items
print(["a'b", 'c"d', "e\nf"])
print(str(["x"]), repr(["x"]))
