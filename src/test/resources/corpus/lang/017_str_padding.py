# Padding and aligning strings.
word = "cat"
print("[" + word.center(9) + "]")
print("[" + word.center(8, "*") + "]")
print("[" + word.ljust(6) + "]")
print("[" + word.rjust(6, ".") + "]")
print("[" + word.center(2) + "]")

# zfill pads numbers with zeros and respects the sign
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "12345".zfill(3))
print(str(7).zfill(3))

# A small table with ljust/rjust
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.75)]
print("item".ljust(8) + "qty".rjust(5) + "price".rjust(8))
for item, qty, price in rows:
    print(item.ljust(8) + str(qty).rjust(5) + str(price).rjust(8))

# Centering a banner
for line in ["Menu", "Start", "Quit"]:
    print("|" + line.center(12, "-") + "|")

# expandtabs
print("a\tb\tc".expandtabs(4))
