def double(n):
    return n * 2

result = double(4) → 8
print(result)
