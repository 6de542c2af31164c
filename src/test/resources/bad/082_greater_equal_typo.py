score = 7
if score => 5:
    print("pass")
