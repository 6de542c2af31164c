def describe():
    """Return a description.

    The closing quotes were forgotten.
    return "a thing"

print(describe())
