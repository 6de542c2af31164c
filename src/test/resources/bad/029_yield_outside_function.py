for n in range(3):
    yield n * n
