# The sep, end and flush keyword arguments of print().
print("a", "b", "c", sep="-")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print(1, 2, 3, sep="\n")

# end replaces the newline that print normally adds
print("no newline", end="")
print(" ... continued")
for i in range(5):
    print(i, end=" ")
print()

# Both at once
print("x", "y", sep="|", end="!\n")

# flush=True makes no visible difference in the output
print("flushed", flush=True)

# sep=None and end=None mean the defaults
print("default", "sep", sep=None, end=None)

# Building a progress bar with end=""
for step in range(1, 4):
    print("#" * step, end="")
    print("." * (3 - step), end="")
    print(f" {step}/3")
