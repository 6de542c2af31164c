# close() raises GeneratorExit inside the generator so it can clean up.
def reader(name):
    print(f"  open {name}")
    try:
        line = 0
        while True:
            line += 1
            yield f"{name}:{line}"
    finally:
        print(f"  close {name}")


r = reader("data.txt")
print(next(r))
print(next(r))
r.close()
print("closed")
try:
    next(r)
except StopIteration:
    print("a closed generator raises StopIteration")

# Closing an unstarted or finished generator does nothing
unstarted = reader("never")
unstarted.close()
print("unstarted closed quietly")

# Yielding after GeneratorExit is a RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError:", error)

# Breaking out of a for loop does not close the generator; it stays paused
def numbers():
    try:
        for n in range(10):
            yield n
    finally:
        print("  numbers cleaned up")

gen = numbers()
for n in gen:
    if n == 2:
        break
print("after break, next is", next(gen))
gen.close()
print("end")
