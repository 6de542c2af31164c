month = 08
print(month)
