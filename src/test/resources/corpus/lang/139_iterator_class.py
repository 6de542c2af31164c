# Writing an iterator class with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "empty"))

# An iterator is used up after one pass
c = Countdown(3)
print(list(c), list(c))


# An iterable (not an iterator) hands out a fresh iterator each time
class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield (r, c)


grid = Range2D(2, 3)
print(list(grid))
print(len(list(grid)), (1, 2) in grid, (2, 0) in grid)


# A Fibonacci iterator that stops at a limit
class Fibonacci:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


print(list(Fibonacci(100)))
print(sum(Fibonacci(4_000_000)), max(Fibonacci(50)))
