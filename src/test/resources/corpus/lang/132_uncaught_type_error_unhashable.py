# Using a list as a dict key.
visits = {}
visits[(1, 2)] = "tuple key is fine"
visits["home"] = "string key is fine"
print(visits)

# Lists can change, so they cannot be hashed
location = [3, 4]
visits[location] = "list key fails"
print(visits)
