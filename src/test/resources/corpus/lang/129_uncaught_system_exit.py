# raise SystemExit(2) stops the program with exit status 2 and no traceback.
def check(args):
    if not args:
        print("usage: tool FILE")
        raise SystemExit(2)
    return args[0]


print(check(["data.txt"]))
try:
    check([])
finally:
    print("finally still runs")
print("never printed")
