# int() of text that is not a number.
answers = ["12", "7", "abc", "3"]
total = 0

for answer in answers:
    print("adding", answer)
    total += int(answer)

print(total)
print("total:", total)
