def greet(name):
    if name:
        print("hello", name)
      print("bye")

greet("ada")
