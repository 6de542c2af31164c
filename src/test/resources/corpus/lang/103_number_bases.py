# Converting numbers between bases.
n = 2024
print(bin(n), oct(n), hex(n))
print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"))
print(format(n, "#b"), format(n, "016b"), format(n, "#010x"))
print(int("11111101000", 2), int("3750", 8), int("7e8", 16), int("7E8", 16))
print(0b1010, 0o17, 0xFF, 0xdead_beef, 1_000_000)

# Hand-written base conversion
def to_base(number, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    number = abs(number)
    out = []
    while number:
        number, remainder = divmod(number, base)
        out.append(digits[remainder])
    return sign + "".join(reversed(out))

for base in [2, 3, 7, 16, 36]:
    text = to_base(n, base)
    print(base, text, int(text, base) == n)
print(to_base(-255, 16), to_base(2 ** 64, 36))

# Big numbers in hex
print(hex(2 ** 128 - 1))
print(int("f" * 40, 16))

# Binary representation of small negative numbers using a mask
for value in [5, -5, -1]:
    print(value, format(value & 0xFF, "08b"))

# Roman numerals
def roman(number):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in table:
        while number >= value:
            out += letters
            number -= value
    return out

print([roman(y) for y in (1987, 2024, 3999, 4)])
