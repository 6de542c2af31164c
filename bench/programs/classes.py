# Objects, method calls and attribute access.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, x, y):
        self.pos = Vector(x, y)
        self.vel = Vector(1, -1)

    def step(self):
        self.pos = self.pos.add(self.vel)
        return self.pos.dot(self.vel)


def run():
    particles = [Particle(i, i * 2) for i in range(100)]
    total = 0
    for _ in range(20000):
        for p in particles:
            total += p.step()
    return total


print(run())
