# The is... family of string checks.
samples = ["123", "12.5", "abc", "abc123", "ABC", "   ", "", "Hello World", "٣", "½", "x_1"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace())

print("hello".isidentifier(), "2fast".isidentifier(), "_private".isidentifier())
print("Hello".isprintable(), "tab\there".isprintable())
print("abc".isascii(), "café".isascii())

# Validating a PIN
def valid_pin(pin):
    return len(pin) == 4 and pin.isdigit()

for pin in ["1234", "12a4", "12345", ""]:
    print(pin, valid_pin(pin))

# Counting character kinds
text = "Room 101, Floor 3!"
letters = sum(1 for ch in text if ch.isalpha())
digits = sum(1 for ch in text if ch.isdigit())
spaces = sum(1 for ch in text if ch.isspace())
print(letters, digits, spaces, len(text) - letters - digits - spaces)
