colors = [
    "red",
    "green",
    "blue",

print(colors)
