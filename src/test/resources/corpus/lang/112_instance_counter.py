# Tracking instances with class attributes and classmethods.
class Ticket:
    next_number = 1
    issued = []

    def __init__(self, customer):
        self.number = Ticket.next_number
        self.customer = customer
        Ticket.next_number += 1
        Ticket.issued.append(self)

    @classmethod
    def count(cls):
        return len(cls.issued)

    @classmethod
    def reset(cls):
        cls.next_number = 1
        cls.issued = []

    def __repr__(self):
        return f"Ticket#{self.number}({self.customer})"


for name in ["ann", "bob", "cid"]:
    Ticket(name)
print(Ticket.count(), Ticket.issued)
print(Ticket.issued[1].number)

Ticket.reset()
print(Ticket.count(), Ticket.next_number)
t = Ticket("dee")
print(t, Ticket.issued)

# Each subclass can keep its own counter
class Shape:
    total = 0

    def __init__(self):
        cls = type(self)
        cls.total = cls.total + 1
        Shape.all_shapes = getattr(Shape, "all_shapes", 0) + 1

class Circle(Shape):
    total = 0

class Square(Shape):
    total = 0

for cls in [Circle, Circle, Square, Circle]:
    cls()
print(Circle.total, Square.total, Shape.total, Shape.all_shapes)
