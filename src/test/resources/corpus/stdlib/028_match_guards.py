# match with guards (`if` after a pattern) and capture patterns: classifying temperatures and orders.
def classify(reading: tuple[str, float]) -> str:
    match reading:
        case (city, temp) if temp < 0:
            return f"{city}: freezing ({temp})"
        case (city, temp) if temp < 15:
            return f"{city}: cold"
        case (city, temp) if temp < 25:
            return f"{city}: mild"
        case (city, _):
            return f"{city}: hot"


for r in [("Oslo", -4.5), ("Paris", 12.0), ("Rome", 21.5), ("Cairo", 35.0)]:
    print(classify(r))


def price(order: dict) -> float:
    match order:
        case {"item": item, "qty": qty} if qty <= 0:
            raise ValueError(f"bad quantity for {item}: {qty}")
        case {"item": "coffee", "qty": qty, "size": "large"}:
            return 3.5 * qty
        case {"item": "coffee", "qty": qty}:
            return 2.5 * qty
        case {"item": str(item), "qty": int(qty)} if item.startswith("tea"):
            return 2.0 * qty
        case {"item": item}:
            raise KeyError(item)


for order in [{"item": "coffee", "qty": 2}, {"item": "coffee", "qty": 1, "size": "large"},
              {"item": "tea-green", "qty": 3}, {"item": "cake", "qty": 1}, {"item": "tea", "qty": 0}]:
    try:
        print(order["item"], price(order))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

# A guard is checked only after the pattern matched; its side effects happen once per try.
checks = []


def noted(value: int) -> bool:
    checks.append(value)
    return value > 1


match [2, 5]:
    case [a, b] if noted(a) and noted(b) and a > b:
        print("descending")
    case [a, b] if noted(b):
        print("second is big:", b)
print(checks)
