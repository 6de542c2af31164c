# random with a fixed seed repeats the same sequence every run.
import random

random.seed(1)
print(random.random())
print(random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 6))
print(random.choice(["rock", "paper", "scissors"]))
print(random.uniform(10, 20))
print(random.randrange(0, 100, 5))

# Reseeding restarts the sequence
random.seed(1)
first = random.random()
random.seed(1)
print(first == random.random())

# Dice statistics
random.seed(42)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls)
print(sum(rolls), max(rolls), min(rolls))
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts)

# Different seeds give different sequences
random.seed(2)
print([random.randint(0, 9) for _ in range(10)])
random.seed(12345)
print(random.randint(0, 1000))
print(round(random.random(), 6))
