temperature = 25
if temperature > 20
    print("warm")
else:
    print("cold")
