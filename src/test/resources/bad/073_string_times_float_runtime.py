# Multiplying a string by a float.
line = "-"
width = 40 / 2
print("width", width)
print(line * width)
