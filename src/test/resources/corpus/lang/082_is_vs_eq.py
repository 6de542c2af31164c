# `==` compares values; `is` compares identity (the same object).
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b)
print(a == c, a is c)
c.append(4)
print(a, b)

# None, True and False are singletons: compare them with `is`
value = None
print(value is None, value is not None)
flag = True
print(flag is True)

# Equal values of different types
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)

# Copies are equal but not identical
original = {"k": [1]}
shallow = dict(original)
print(shallow == original, shallow is original, shallow["k"] is original["k"])

# Custom __eq__ affects == but never `is`
class Always:
    def __eq__(self, other):
        return True

x = Always()
print(x == 42, x == None, x is None)

# Type objects are shared
print(type(1) is int, type([]) is list)

# `is not` vs `not ... is`
print(a is not b, not a is b)

# in uses == (after identity)
nan = float("nan")
print(nan in [nan], nan == nan)
