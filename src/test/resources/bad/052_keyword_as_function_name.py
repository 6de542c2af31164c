def class(students):
    return len(students)

print(class(["a", "b"]))
