# Using a name that was never defined (far from every other name, so no suggestion).
width = 4
height = 5
label = "box"
print("measuring", label)
print("area:", width * height)

# The depth was meant to be read from somewhere, but never was
print("volume:", width * height * zdepthq)
print("never printed")
