# The assignment expression := (the "walrus" operator).
numbers = [3, 8, 1, 12, 7, 15]
if (count := len(numbers)) > 5:
    print(f"long list with {count} items")

# Reusing a computed value inside a comprehension
values = [y for x in numbers if (y := x * x) > 50]
print(values)

# Reading until a sentinel
queue = ["job1", "job2", "", "job3"]
position = 0
def next_job():
    global position
    item = queue[position]
    position += 1
    return item

while (job := next_job()):
    print("processing", job)
print("stopped at position", position)

# Keeping the last match of any()
words = ["apple", "kiwi", "banana", "fig"]
if any(len(found := w) > 5 for w in words):
    print("first long word:", found)

# Walrus in a while loop for chunked processing
data = list(range(10))
while (chunk := data[:3]):
    data = data[3:]
    print(chunk)

# Running total in a comprehension
total = 0
running = [total := total + n for n in [1, 2, 3, 4]]
print(running, total)
