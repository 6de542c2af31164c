# send() passes a value into a paused generator; it becomes the result of yield.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))  # prime it: runs to the first yield
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))

# Sending to a just-created generator is an error
fresh = running_average()
try:
    fresh.send(5)
except TypeError as error:
    print("TypeError:", error)

# An echo that shows the order of events
def echo():
    print("  started")
    received = yield "ready"
    while received != "stop":
        print("  received", received)
        received = yield received.upper()
    print("  stopping")

e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send("world"))
try:
    e.send("stop")
except StopIteration:
    print("finished")

# throw() raises an exception at the yield
def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as error:
            print("  generator caught", error)
            yield "recovered"

g = guarded()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
