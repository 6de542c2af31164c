# A misspelt variable name is only noticed when that line runs.
counter = 0
for step in range(3):
    counter += step
print("counter:", counter)
print("double:", conter * 2)
