# An uncaught KeyError shows the repr of the missing key: here a tuple.
distances = {("home", "school"): 2.5, ("home", "shop"): 1.2}

for route, km in distances.items():
    print(f"{route[0]} -> {route[1]}: {km} km")

print("total:", sum(distances.values()))

lookup = ("carol", 3)
print("looking up", lookup)
print(distances[lookup])
print("never printed")
