# f-strings: precision, thousands separators, percentages and exponents.
pi = 3.141592653589793
print(f"{pi:.2f} {pi:.0f} {pi:.5f}")
print(f"{pi:10.3f}|")
print(f"{pi:<10.3f}|")
print(f"{-pi:+.1f} {pi:+.1f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f}")

big = 1234567890
print(f"{big:,}")
print(f"{big:_}")
print(f"{big:,.2f}")
print(f"{1234.5:,.1f}")
print(f"{-9876543.21:,}")
print(f"{0xFFFFFFFF:_x}")

# Percent and exponent formats
ratio = 0.4567
print(f"{ratio:.1%} {ratio:%} {1:.0%}")
print(f"{12345.678:e} {12345.678:.2e} {0.000123:E}")
print(f"{12345.678:g} {0.00001234:g} {1e20:g} {100.0:g}")

# General format of floats without a type
print(f"{1.0} {1e16} {1/3:.3}")

# Significant digits vs decimal places
value = 1234.5678
print(f"{value:.3g} {value:.3f} {value:.3e}")

# A receipt
lines = [("Coffee", 3.5, 2), ("Bagel", 2.25, 3), ("Juice", 4.0, 1)]
total = 0
for item, price, qty in lines:
    cost = price * qty
    total += cost
    print(f"{item:<8}{qty:>3} x {price:>5.2f} = {cost:>7.2f}")
print(f"{'TOTAL':<8}{total:>22,.2f}")
