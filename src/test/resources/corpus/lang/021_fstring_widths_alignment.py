# f-strings: widths and alignment.
name = "Ada"
n = 42
print(f"[{name}]")
print(f"[{name:10}]")
print(f"[{name:<10}]")
print(f"[{name:>10}]")
print(f"[{name:^10}]")
print(f"[{name:*^11}]")
print(f"[{n:6}]")
print(f"[{n:<6}]")
print(f"[{n:^6}]")
print(f"[{n:06}]")
print(f"[{-n:06}]")
print(f"[{n:=+6}]")
print(f"[{n:+}] [{-n:+}] [{n: }]")

# Numbers in other bases
print(f"{255:b} {255:o} {255:x} {255:X} {255:#x} {255:#b}")
print(f"{5:08b}")

# Expressions inside the braces
items = ["pen", "book"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{2 ** 10} {n * 2 + 1} {'yes' if n > 40 else 'no'}")

# A right-aligned table
rows = [("Alice", 93), ("Bob", 8), ("Christopher", 100)]
for who, score in rows:
    print(f"{who:<12}|{score:>5}|")

# Literal braces
print(f"{{not a field}} {n}")
