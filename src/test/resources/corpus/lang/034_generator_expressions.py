# Generator expressions are lazy: values are made one at a time.
gen = (n * n for n in range(5))
print(type(gen).__name__)
print(next(gen), next(gen))
print(list(gen))
print(list(gen))  # already exhausted

# Passing directly to a function needs no extra parentheses
print(sum(n * n for n in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(n > 8 for n in [1, 5, 9]), all(n > 0 for n in [1, -1]))
print(", ".join(str(n) for n in range(5)))
print(sorted((n % 4 for n in range(10)), reverse=True))

# Laziness: the function runs only when values are requested
def noisy(n):
    print("computing", n)
    return n * 10

lazy = (noisy(n) for n in range(3))
print("generator created")
for value in lazy:
    print("got", value)

# Stopping early means the rest is never computed
first_big = next(n for n in range(1, 100) if n * n > 50)
print(first_big)
print(next((n for n in [] if n), "nothing"))

# Chaining generator expressions into a pipeline
numbers = range(1, 11)
odd = (n for n in numbers if n % 2)
cubed = (n ** 3 for n in odd)
print(list(cubed))
