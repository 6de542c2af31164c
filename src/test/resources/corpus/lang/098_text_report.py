# Formatting a report table with f-strings.
sales = [
    ("North", "Widgets", 1250, 4.99),
    ("North", "Gadgets", 310, 19.5),
    ("South", "Widgets", 980, 4.99),
    ("South", "Gizmos", 45, 149.0),
    ("East", "Gadgets", 1200, 18.75),
]

header = f"{'Region':<8}{'Product':<10}{'Units':>7}{'Price':>9}{'Revenue':>12}"
print(header)
print("=" * len(header))
total_units = 0
total_revenue = 0.0
for region, product, units, price in sales:
    revenue = units * price
    total_units += units
    total_revenue += revenue
    print(f"{region:<8}{product:<10}{units:>7,}{price:>9.2f}{revenue:>12,.2f}")
print("-" * len(header))
print(f"{'Total':<18}{total_units:>7,}{'':>9}{total_revenue:>12,.2f}")
print()

# Revenue per region, with a percentage bar
by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = revenue / total_revenue
    print(f"{region:>6} {revenue:>10,.2f} {share:>6.1%} {'*' * round(share * 40)}")

# Best seller per product
best = {}
for region, product, units, _ in sales:
    if units > best.get(product, ("", 0))[1]:
        best[product] = (region, units)
for product in sorted(best):
    region, units = best[product]
    print(f"{product}: {region} ({units} units)")
