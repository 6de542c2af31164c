# dataclasses: __init__, __repr__ and __eq__ generated from annotations.
from dataclasses import dataclass, asdict, astuple, fields, replace


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem("widget", 3.0, 10)
print(item)
print(item.total_cost())
print(InventoryItem("gadget", 1.5))
print(item == InventoryItem("widget", 3.0, 10), item == InventoryItem("widget", 3.0))
print(asdict(item))
print(astuple(item))
print([f.name for f in fields(InventoryItem)])
print(replace(item, quantity_on_hand=0))
print(InventoryItem.__doc__)
try:
    InventoryItem("broken")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Point3D:
    x: float
    y: float
    z: float = 0.0

    def __post_init__(self) -> None:
        if self.x < 0:
            raise ValueError("x must be non-negative")


print(Point3D(1, 2), Point3D(1, 2, 3).z)
try:
    Point3D(-1, 0)
except ValueError as e:
    print("ValueError:", e)
print(Point3D.__annotations__)
