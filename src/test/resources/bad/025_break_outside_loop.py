answer = input if False else "yes"
if answer == "yes":
    print("stopping")
    break
