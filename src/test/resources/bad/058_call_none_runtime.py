# Calling the result of a function that returns None.
def make_handler():
    def handler():
        return "handled"
    # forgot: return handler


h = make_handler()
print("handler is", h)
print(h())
