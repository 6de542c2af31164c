# Importing a module that is not installed.
print("loading")
import numpyy_not_installed
print("loaded")
