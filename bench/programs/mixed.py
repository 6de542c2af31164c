# A realistic mixed program: parse records, group them, sort, format a report.
import random


class Order:
    def __init__(self, customer, item, qty, price):
        self.customer = customer
        self.item = item
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


def make_lines(n):
    random.seed(7)
    customers = ["ann", "bob", "cy", "dee", "eve", "fay", "gus"]
    items = ["tea", "cake", "jam", "bread", "milk"]
    lines = []
    for i in range(n):
        lines.append(f"{random.choice(customers)},{random.choice(items)},{random.randint(1, 9)},{random.randint(1, 500) / 100}")
    return lines


def parse(lines):
    orders = []
    for line in lines:
        customer, item, qty, price = line.split(",")
        orders.append(Order(customer, item, int(qty), float(price)))
    return orders


def report(orders):
    by_customer = {}
    by_item = {}
    for o in orders:
        by_customer[o.customer] = by_customer.get(o.customer, 0) + o.total()
        by_item.setdefault(o.item, []).append(o.qty)
    rows = sorted(by_customer.items(), key=lambda kv: -kv[1])
    out = [f"{name:>5} {amount:10.2f}" for name, amount in rows]
    for item in sorted(by_item):
        qtys = by_item[item]
        out.append(f"{item}: n={len(qtys)} max={max(qtys)} mean={sum(qtys) / len(qtys):.3f}")
    return "\n".join(out)


def main():
    lines = make_lines(60000)
    for _ in range(9):
        orders = parse(lines)
        text = report(orders)
    print(text)


main()
