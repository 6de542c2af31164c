# A deeply nested list literal, then walking down it.
data = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
depth = 0
while data:
    data = data[0]
    depth += 1
print('depth', depth)
