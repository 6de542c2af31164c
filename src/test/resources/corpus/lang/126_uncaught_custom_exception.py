# A custom exception that nobody catches.
class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(f"{item}: wanted {wanted}, none left")
        self.item = item


stock = {"pen": 2}


def take(item, wanted):
    if stock.get(item, 0) < wanted:
        raise OutOfStock(item, wanted)
    stock[item] -= wanted
    print("took", wanted, item)


take("pen", 1)
take("pen", 1)
take("pen", 1)
