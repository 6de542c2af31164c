# An error raised deep in a chain of method calls.
class Parser:
    def __init__(self, text):
        self.tokens = text.split()

    def numbers(self):
        return [self.convert(t) for t in self.tokens]

    def convert(self, token):
        if not token.isdigit():
            raise ValueError(f"not a number: {token}")
        return int(token)


print(Parser("1 2 3").numbers())
print(Parser("4 five 6").numbers())
