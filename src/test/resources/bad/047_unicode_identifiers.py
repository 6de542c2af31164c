# Non-ASCII letters are allowed in identifiers.
café = 3
naïve_count = 2
π = 3.14159
größe = café * naïve_count
print(café, naïve_count, größe)
print(round(π * 2 ** 2, 3))
def grüß(name):
    return f"Grüß dich, {name}!"
print(grüß("Zoë"))
