# Type hints on parameters and return values: Python stores them, but never checks them.
def area(width: float, height: float) -> float:
    """Area of a rectangle."""
    return width * height


def greet(name: str, excited: bool = False) -> str:
    return f"Hello, {name}{'!' if excited else '.'}"


def total(*prices: float, discount: float = 0.0, **extras: int) -> float:
    return sum(prices) * (1 - discount) + sum(extras.values())


print(area(3, 4.5))
print(greet("Ada"), greet("Grace", excited=True))
print(total(10, 20, discount=0.5, tip=2, fee=1))

# The hints live in __annotations__, a plain dict.
print(area.__annotations__)
print(greet.__annotations__)
print(total.__annotations__)

# Nothing enforces them: a hint is documentation for readers and tools.
print(area("ab", 2))
