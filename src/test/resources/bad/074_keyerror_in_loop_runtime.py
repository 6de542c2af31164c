# A dict lookup that fails on the third item.
prices = {"tea": 2.5, "cake": 4.0}
order = ["tea", "cake", "soup"]
total = 0
for item in order:
    total += prices[item]
    print(item, "ok")
print(total)
