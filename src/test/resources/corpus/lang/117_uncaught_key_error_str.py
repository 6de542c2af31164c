# A KeyError for a string key: the message shows the key with quotes.
inventory = {"apples": 3, "pears": 0}
inventory["apples"] -= 1
print(inventory)

order = ["apples", "pears", "bananas"]
for item in order:
    print("checking", item)
    print(item, "left:", inventory[item])

print("never printed")
