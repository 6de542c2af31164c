# if / elif / else and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 3, 42)])

# The conditional expression picks one of two values
for n in range(1, 16):
    print("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n, end=" ")
print()

# Only the chosen branch is evaluated
def expensive():
    print("expensive called")
    return 1

cheap = True
print("cheap" if cheap else expensive())
print(expensive() if not cheap else "still cheap")

# Nested if statements
def leap(year):
    if year % 4 == 0:
        if year % 100 == 0:
            if year % 400 == 0:
                return True
            return False
        return True
    return False

print([y for y in range(1896, 1910) if leap(y)], leap(2000))

# pass as a placeholder
for n in range(3):
    if n == 1:
        pass
    else:
        print("n is", n)

# A one-line if statement
temperature = 31
if temperature > 30: print("hot")
print("abs:", temperature if temperature >= 0 else -temperature)
