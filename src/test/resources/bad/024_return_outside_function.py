numbers = [1, 2, 3]
total = sum(numbers)
return total
