print("start")
None = 0
print("end")
