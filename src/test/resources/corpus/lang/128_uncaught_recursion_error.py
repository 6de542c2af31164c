# Recursion without a base case never stops, until Python gives up.
def countdown(n):
    return countdown(n - 1)


def safe_countdown(n):
    return 0 if n == 0 else safe_countdown(n - 1)


print(safe_countdown(100))
print("starting the broken countdown")
countdown(10)
