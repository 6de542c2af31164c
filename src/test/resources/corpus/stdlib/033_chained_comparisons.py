# Chained comparisons evaluate each middle operand once and stop at the first False.
calls: list[str] = []


def value(name: str, v: int) -> int:
    calls.append(name)
    return v


print(value("a", 1) < value("b", 2) < value("c", 3))
print(calls)
calls.clear()

print(value("a", 1) < value("b", 0) < value("c", 3))
print(calls)  # c is never evaluated
calls.clear()

x = 5
print(0 < x <= 10, 1 < x > 3, x == 5 != 6, 1 < 2 > 1 < 3)
print(0 <= value("mid", 7) < 10, calls)

age = 17
category = "child" if age < 13 else "teen" if 13 <= age < 20 else "adult"
print(category)
print("a" < "b" < "c" in "abc", [1] < [1, 2] < [2])
print(1 < 2 == True, (1 < 2) == True)  # the first means 1 < 2 and 2 == True
