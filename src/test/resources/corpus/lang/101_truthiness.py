# Which values count as true or false.
values = [0, 1, -1, 0.0, 0.5, "", " ", "0", [], [0], (), (None,), {}, {"": 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(f"{v!r:>10} -> {bool(v)}")

# Custom truthiness with __bool__ or __len__
class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False

class Plain:
    pass

print(bool(Empty()), bool(Falsy()), bool(Plain()))

# if uses truthiness directly
basket = []
if not basket:
    print("basket is empty")
basket.append("egg")
if basket:
    print("basket has", len(basket), "item")

# bool is a subclass of int
print(True + True, True * 10, sum([True, False, True]), True == 1)
print(int(True), str(True), repr(False), bool("False"))

# Counting truthy values
print(sum(1 for v in values if v), len([v for v in values if not v]))
