# Using lists as a stack, and a queue built from two stacks.
stack = []
for item in ["a", "b", "c"]:
    stack.append(item)
    print("push", item, stack)
while stack:
    print("pop", stack.pop(), stack)

# Balanced brackets with a stack
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    seen = []
    for ch in text:
        if ch in "([{":
            seen.append(ch)
        elif ch in pairs:
            if not seen or seen.pop() != pairs[ch]:
                return False
    return not seen

for sample in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(sample), balanced(sample))

# A FIFO queue from two stacks
class Queue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def put(self, item):
        self.inbox.append(item)

    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)

q = Queue()
for n in range(1, 4):
    q.put(n)
print(q.get(), len(q))
q.put(4)
print([q.get() for _ in range(len(q))])

# Reverse Polish notation calculator
def rpn(expression):
    values = []
    for token in expression.split():
        if token in "+-*/":
            right, left = values.pop(), values.pop()
            values.append({"+": left + right, "-": left - right, "*": left * right, "/": left / right}[token])
        else:
            values.append(int(token))
    return values.pop()

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("10 4 /"))
