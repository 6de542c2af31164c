# Adding a number and a string is a TypeError.
age = 36
print("age:", age)
print("next year: " + str(age + 1))
print(f"in ten years: {age + 10}")

# Forgetting str() on the left-hand number this time
message = age + " years"
print(message)
print("never printed")
