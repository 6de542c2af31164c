# AttributeError on an int: ints have no method called foo.
count = 41
count += 1
print("count is", count)
print("bits:", count.bit_length())
print("as float:", float(count))

# A method name that int simply does not have
result = count.foo()
print(result)
