# traceback.print_exc: a program logs a handled error on stderr, then a final error ends it.
import traceback
import sys


def divide(a: float, b: float) -> float:
    return a / b


for pair in [(6, 3), (1, 0), (9, 3)]:
    try:
        print(divide(*pair))
    except ZeroDivisionError:
        print("could not divide", pair, "- details on stderr")
        traceback.print_exc()

print("continuing after the handled error")
sys.stdout.flush()
raise LookupError("the final, unhandled error")
