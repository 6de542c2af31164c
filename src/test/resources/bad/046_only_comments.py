# TODO: write the program
# step 1: read the input
# step 2: print the answer

# (nothing here yet)
