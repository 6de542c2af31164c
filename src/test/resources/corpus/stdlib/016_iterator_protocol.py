# An iterator class with __iter__ and __next__, and an iterable that hands out fresh iterators.
class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fibonacci:
    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


print(list(Countdown(5)))
it = Countdown(3)
print(next(it), next(it), next(it), next(it, "done"))
print(list(it))  # an iterator is used up

fib = Fibonacci(50)
print(list(fib))
print(sum(fib), max(fib))  # an iterable can be walked again
print([x for x in fib if x % 2 == 0])
a, b, *rest = Countdown(6)
print(a, b, rest)
print(dict(zip("abc", Countdown(3))))
print(3 in Countdown(5), 9 in Countdown(5))
