price = 5
price€ = price * 2
print(price€)
