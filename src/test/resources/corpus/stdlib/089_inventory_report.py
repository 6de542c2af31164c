# A plain (synchronous) report script: namedtuples, Counter, groupby, textwrap, json and str formatting.
import json
import textwrap
from collections import Counter, namedtuple
from itertools import groupby
from operator import attrgetter

Item = namedtuple("Item", "sku category name qty price")

RAW = """\
A1,fruit,Apple,12,0.5
B2,bakery,Sourdough loaf,3,4.25
A3,fruit,Banana,0,0.25
C9,dairy,Greek yoghurt,7,1.8
B4,bakery,Croissant,15,1.1
A2,fruit,Blood orange,4,0.9"""


def parse(text: str) -> list[Item]:
    items = []
    for line in text.splitlines():
        sku, category, name, qty, price = line.split(",")
        items.append(Item(sku, category, name, int(qty), float(price)))
    return items


def main() -> None:
    items = parse(RAW)
    print(f"{'SKU':<4} {'Name':<16} {'Qty':>4} {'Value':>7}")
    for category, group in groupby(sorted(items, key=attrgetter("category", "sku")), key=attrgetter("category")):
        print(f"-- {category}")
        for item in group:
            print(f"{item.sku:<4} {item.name:<16} {item.qty:>4} {item.qty * item.price:>7.2f}")
    out_of_stock = [i.name for i in items if i.qty == 0]
    per_category = Counter()
    for i in items:
        per_category[i.category] += i.qty
    print(textwrap.fill("Out of stock: " + ", ".join(out_of_stock) + ". Reorder soon, and check the "
                        "bakery order for the weekend.", width=44))
    summary = {"total_value": round(sum(i.qty * i.price for i in items), 2),
               "units": dict(per_category.most_common()), "skus": len(items)}
    print(json.dumps(summary, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
