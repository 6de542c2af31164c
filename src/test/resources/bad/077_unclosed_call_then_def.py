print("start"

def helper():
    return 1

print(helper())
