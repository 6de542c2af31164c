# Calling a helper that was never written.
def main():
    data = [3, 1, 2]
    print("data:", data)
    cleaned = normalise_everything(data)
    print(cleaned)


main()
