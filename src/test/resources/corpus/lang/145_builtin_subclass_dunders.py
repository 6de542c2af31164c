# Overridden dunders on builtin subclasses: which operations use them, and the builtin's own slots otherwise.


class Sized(list):
    def __len__(self):
        return 42


class Falsy(list):
    def __bool__(self):
        return False


class CaseDict(dict):
    def __missing__(self, key):
        if key.lower() != key:
            return self[key.lower()]
        raise KeyError(key)


class Loud(list):
    def __iter__(self):
        print("  Loud.__iter__")
        return super().__iter__()

    def __repr__(self):
        return "Loud" + super().__repr__()


class Version(tuple):
    def __eq__(self, other):
        return tuple(self)[:2] == tuple(other)[:2]

    def __hash__(self):
        return hash(tuple(self)[:2])


class Cents(int):
    def __str__(self):
        return f"{self / 100:.2f}"

    def __lt__(self, other):
        print("  Cents.__lt__")
        return int(self) < int(other)


s = Sized([1, 2])
print(len(s), bool(s), bool(Sized()), list(s), s[1])
print(bool(Falsy([1])), len(Falsy([1])), "yes" if Falsy([1]) else "no")
d = CaseDict(host="x")
print(d["HOST"], d.get("HOST"), "HOST" in d)
try:
    d["port"]
except KeyError as e:
    print("KeyError:", e)
loud = Loud([3, 1, 2])
print("sorted:", sorted(loud))
print("list:", list(loud), "repr:", loud, "str:", str(loud), [loud])
print("sum:", sum(loud), "max:", max(loud))
print(Version((3, 11, 7)) == (3, 11, 0), Version((3, 11, 7)) != (3, 11, 0), len({Version((3, 11, 1)), Version((3, 11, 2))}))
c = Cents(250)
print(c, repr(c), f"{c}", "%s %d" % (c, c), c + 1, c < 300, Cents(1) > Cents(2), min(Cents(5), Cents(3)))
print(type(loud).__iter__ is list.__iter__, Loud.__repr__ is list.__repr__, dict.__repr__(CaseDict(a=1)))
print(list.__len__(s), dict.__getitem__(d, "host"), Sized.__mro__, hasattr(s, "__dict__"))
