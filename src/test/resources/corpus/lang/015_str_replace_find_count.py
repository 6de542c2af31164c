# Searching inside strings and replacing parts of them.
s = "banana bandana"
print(s.find("an"), s.find("an", 3), s.find("xyz"))
print(s.rfind("an"), s.index("band"), s.rindex("a"))
print(s.count("an"), s.count("a"), s.count("na", 0, 6))
print("an" in s, "nab" in s, "nab" not in s)

print(s.replace("an", "AN"))
print(s.replace("an", "AN", 2))
print(s.replace("a", ""))
print("aaa".replace("a", "aa"))

# index raises where find returns -1
try:
    s.index("xyz")
except ValueError as error:
    print("ValueError:", error)

# startswith and endswith accept a tuple of options
filename = "report.csv"
print(filename.startswith("rep"), filename.endswith(".csv"))
print(filename.endswith((".txt", ".csv")), filename.startswith(("a", "b")))
print(filename.startswith("port", 2))

# Finding every position of a substring
positions = []
start = s.find("a")
while start != -1:
    positions.append(start)
    start = s.find("a", start + 1)
print(positions)
print("".count(""), "abc".count(""))
