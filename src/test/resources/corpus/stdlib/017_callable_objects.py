# __call__ makes an instance callable like a function, keeping state between calls.
class RunningAverage:
    def __init__(self) -> None:
        self.count = 0
        self.total = 0.0

    def __call__(self, value: float) -> float:
        self.count += 1
        self.total += value
        return self.total / self.count


class Multiplier:
    def __init__(self, factor: int) -> None:
        self.factor = factor

    def __call__(self, x: int) -> int:
        return x * self.factor


avg = RunningAverage()
for reading in [10, 20, 30, 40]:
    print(f"after {reading}: {avg(reading)}")
print(callable(avg), callable(42), callable(print))

double, triple = Multiplier(2), Multiplier(3)
print(list(map(double, [1, 2, 3])), [triple(n) for n in range(4)])
print(sorted(["ccc", "a", "bb"], key=Multiplier(1)))
print(sorted([3, -1, 2], key=Multiplier(-1)))
try:
    avg()
except TypeError as e:
    print("TypeError:", e)
