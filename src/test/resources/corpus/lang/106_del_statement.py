# The del statement removes names, items and attributes.
x = 10
del x
try:
    print(x)
except NameError as error:
    print("NameError:", error)

numbers = [0, 1, 2, 3, 4, 5, 6, 7]
del numbers[0]
print(numbers)
del numbers[-1]
print(numbers)
del numbers[1:3]
print(numbers)
del numbers[::2]
print(numbers)

ages = {"ann": 30, "bob": 25, "cid": 40}
del ages["bob"]
print(ages)
try:
    del ages["zed"]
except KeyError as error:
    print("KeyError:", error)

class Config:
    pass

cfg = Config()
cfg.debug = True
cfg.level = 3
del cfg.debug
print(vars(cfg))
try:
    del cfg.debug
except AttributeError as error:
    print("AttributeError:", error)

# Deleting several targets at once
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "c" in dir())

# del inside a loop over a copy
inventory = {"apple": 0, "pear": 3, "plum": 0, "fig": 1}
for item in list(inventory):
    if inventory[item] == 0:
        del inventory[item]
print(inventory)

# Changing a dict while iterating over it is an error
try:
    for item in inventory:
        del inventory[item]
except RuntimeError as error:
    print("RuntimeError:", error)
