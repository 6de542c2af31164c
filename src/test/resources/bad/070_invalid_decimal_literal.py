1st_place = "ada"
print(1st_place)
