# The time module, used only in ways whose output does not depend on the real clock.
import time

start = time.time()
later = time.time()
print(type(start).__name__, later >= start)

t0 = time.monotonic()
time.sleep(0.01)
t1 = time.monotonic()
print("monotonic never goes back:", t1 >= t0)
print("slept at least a little:", t1 - t0 > 0)

p0 = time.perf_counter()
total = sum(range(10000))
p1 = time.perf_counter()
print(total, p1 >= p0)

# sleep(0) just yields; it returns None
print(time.sleep(0))

# Measuring elapsed time, printing only a coarse bucket
def slow_task():
    time.sleep(0.02)
    return "done"

begin = time.perf_counter()
result = slow_task()
elapsed = time.perf_counter() - begin
print(result, "took at least 0.02s:", elapsed >= 0.02)

# Negative sleep is an error
try:
    time.sleep(-1)
except ValueError as error:
    print("ValueError:", error)
