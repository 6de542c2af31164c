# Calling a method that lists do not have.
stack = []
stack.append(1)
stack.append(2)
print(stack)
stack.push(3)
print(stack)
