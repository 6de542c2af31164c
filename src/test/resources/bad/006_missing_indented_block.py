scores = [3, 9, 4]
for score in scores:
if score > 5:
    print("high", score)
