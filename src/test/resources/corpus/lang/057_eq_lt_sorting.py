# __eq__ and __lt__ make objects comparable and sortable.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)


versions = [Version("1.10.0"), Version("1.2.0"), Version("1.2"), Version("0.9.9")]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("1.0") == "1.0")
print(Version("2.0") > Version("1.5"))  # reflected: uses __lt__ of the right operand
print(Version("1.2") in versions)

# Without __eq__, objects compare by identity
class Plain:
    pass

a = Plain()
print(a == a, a == Plain())

# Defining __eq__ without __hash__ makes instances unhashable
try:
    {Version("1.0")}
except TypeError as error:
    print("TypeError:", error)

# __le__ is not derived automatically
try:
    print(Version("1.0") <= Version("2.0"))
except TypeError as error:
    print("TypeError:", error)

# Sorting a list of records by a method-defined order
class Card:
    ranks = "23456789TJQKA"

    def __init__(self, code):
        self.code = code

    def __lt__(self, other):
        return self.ranks.index(self.code[0]) < self.ranks.index(other.code[0])

    def __repr__(self):
        return self.code

print(sorted([Card("Ks"), Card("2h"), Card("Ad"), Card("Tc"), Card("2c")]))
