# ExceptionGroup and except* (Python 3.11).
group = ExceptionGroup("several problems", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(group)
print(repr(group.message), len(group.exceptions))
print([repr(e) for e in group.exceptions])

# except* handles each matching part of the group
try:
    raise group
except* ValueError as values:
    print("ValueErrors:", [str(e) for e in values.exceptions])
except* TypeError as types:
    print("TypeErrors:", [str(e) for e in types.exceptions])

# Unhandled parts are re-raised as a smaller group
try:
    try:
        raise ExceptionGroup("batch", [KeyError("a"), ZeroDivisionError("z")])
    except* KeyError as keys:
        print("handled keys:", keys.exceptions)
except ExceptionGroup as rest:
    print("left over:", rest.message, [type(e).__name__ for e in rest.exceptions])

# split and subgroup
eg = ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions)
print(eg.subgroup(KeyError))

# Nested groups
nested = ExceptionGroup("outer", [ValueError("x"), ExceptionGroup("inner", [TypeError("y")])])
try:
    raise nested
except* TypeError as t:
    print("nested TypeError found:", t.exceptions[0].exceptions)
except* ValueError as v:
    print("ValueError:", v.exceptions)

# A plain exception is wrapped for except*
try:
    raise OSError("disk")
except* OSError as errors:
    print(type(errors).__name__, errors.exceptions)

# ExceptionGroup is an Exception, so except Exception catches it
try:
    raise ExceptionGroup("g", [RuntimeError("r")])
except Exception as error:
    print(type(error).__name__, error.exceptions)
