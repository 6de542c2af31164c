class Greeter:
    def greet():
        return "hello"


g = Greeter()
print("created greeter")
print(g.greet())
