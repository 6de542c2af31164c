# String building: concatenation, f-strings, join, split, methods.
def run():
    total = 0
    for n in range(200):
        parts = []
        for i in range(10000):
            parts.append(f"{i}:{i * n}")
        text = ",".join(parts)
        words = text.split(",")
        s = ""
        for w in words[:3000]:
            s += w.upper() + ";"
        total += len(text) + len(s) + len(words)
        total += text.count("1") + s.find("99:")
    return total


print(run())
