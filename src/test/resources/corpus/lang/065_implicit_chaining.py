# An exception raised while handling another one remembers it in __context__.
def parse(text):
    try:
        return int(text)
    except ValueError:
        # a bug in the handler raises a new error
        return undefined_fallback_function(text)  # noqa: F821


try:
    parse("abc")
except NameError as error:
    print("NameError:", error)
    context = error.__context__
    print("context:", type(context).__name__, context)
    print("cause:", error.__cause__)

# Context is set even for deliberate raises inside except
try:
    try:
        [].pop()
    except IndexError:
        raise RuntimeError("could not pop")
except RuntimeError as error:
    print(error, "| context:", repr(error.__context__))

# Raising inside finally replaces the pending exception
def replace_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")

try:
    replace_in_finally()
except Exception as error:
    print(type(error).__name__, error, "| context:", repr(error.__context__))

# No context when nothing was being handled
try:
    raise TypeError("alone")
except TypeError as error:
    print(error.__context__, error.__cause__)
