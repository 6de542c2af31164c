def skip_negative(n):
    if n < 0:
        continue
    return n

print(skip_negative(3))
