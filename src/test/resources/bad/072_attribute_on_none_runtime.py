# list.append returns None, so the next append fails.
shopping = []
shopping = shopping.append("milk")
print("shopping is", shopping)
shopping.append("bread")
