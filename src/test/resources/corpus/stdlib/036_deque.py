# collections.deque: fast appends and pops at both ends, optional maximum length.
from collections import deque

queue: deque[str] = deque(["ann", "bob"])
queue.append("cid")
queue.appendleft("vip")
print(queue)
print(queue.popleft(), queue.pop(), queue)

# A bounded deque keeps only the most recent items: handy for "last N lines".
recent = deque(maxlen=3)
for line in ["one", "two", "three", "four", "five"]:
    recent.append(line)
    print(list(recent))
print(recent.maxlen, len(recent))

d = deque(range(1, 6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extend([7, 8])
d.extendleft([0, -1])
print(d, d[0], d[-1], 8 in d, d.count(7))
d.remove(7)
d.reverse()
print(d)
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)


def moving_average(values: list[float], window: int) -> list[float]:
    win: deque[float] = deque(maxlen=window)
    out = []
    for v in values:
        win.append(v)
        out.append(round(sum(win) / len(win), 2))
    return out


print(moving_average([1, 2, 3, 4, 10, 20], 3))
