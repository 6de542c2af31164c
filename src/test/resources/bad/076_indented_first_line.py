    print("indented by accident")
print("second line")
