# The mutable default argument pitfall.
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add_item("a"))
print(add_item("b"))  # the same list is reused!
print(add_item("c", []))
print(add_item("d"))
print(add_item.__defaults__)

# The usual fix
def add_item_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(add_item_fixed("a"))
print(add_item_fixed("b"))

# The same trap with a dict used as a cache (sometimes on purpose)
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

print(fib(30))
print(len(fib.__defaults__[0]))

# Objects sharing one default list
class Team:
    def __init__(self, members=[]):
        self.members = members

red = Team()
blue = Team()
red.members.append("Ann")
print(blue.members, red.members is blue.members)
