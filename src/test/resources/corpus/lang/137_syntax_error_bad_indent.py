# An IndentationError is a kind of SyntaxError.
def area(w, h):
    result = w * h
        return result


print(area(2, 3))
print(area(4, 5))
print("never printed")
print("also never printed")
