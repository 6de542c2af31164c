# shuffle, sample and choices with a seed.
import random

random.seed(7)
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)

random.seed(7)
print(random.sample(range(100), 5))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(sorted(random.sample(range(50), 6)))

random.seed(3)
print(random.choices(["heads", "tails"], k=8))
print(random.choices("abc", weights=[10, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=5))

# Sampling more than the population is an error
try:
    random.sample([1, 2], 3)
except ValueError as error:
    print("ValueError:", error)

# Picking a team
random.seed(11)
players = ["Ann", "Ben", "Cid", "Dee", "Eve", "Fay"]
random.shuffle(players)
team_a, team_b = players[:3], players[3:]
print(team_a, team_b)
print(random.choice(players))

# Random walk
random.seed(5)
position = 0
path = []
for _ in range(15):
    position += random.choice([-1, 1])
    path.append(position)
print(path)
print(min(path), max(path))
