# Matrices as lists of lists.
def make_matrix(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]


def multiply(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(m):
    return [list(row) for row in zip(*m)]


def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))
    print()


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
show(transpose(a))
show(multiply(a, b))

identity = make_matrix(3, 3)
for i in range(3):
    identity[i][i] = 1
show(identity)
print(multiply(b, [[1, 0], [0, 1]]) == b)

# Rotate 90 degrees clockwise
square = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rotated = [list(row) for row in zip(*square[::-1])]
show(rotated)

# Sum of diagonals and each row/column
print(sum(square[i][i] for i in range(3)), sum(square[i][2 - i] for i in range(3)))
print([sum(row) for row in square], [sum(col) for col in zip(*square)])

# Matrix power by repeated multiplication: Fibonacci numbers
fib = [[1, 1], [1, 0]]
result = [[1, 0], [0, 1]]
for _ in range(90):
    result = multiply(result, fib)
print(result[0][1])
