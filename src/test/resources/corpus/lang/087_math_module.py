# The math module.
import math

print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.inf > 10 ** 300)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2))
print(type(math.floor(2.5)).__name__, math.trunc(-7.9))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.isinf(math.inf), math.isnan(float("nan")), math.isfinite(1e308))
print(math.fabs(-3), math.pow(2, 10), math.hypot(3, 4))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.exp(0), math.sin(0), math.cos(0))
print(round(math.sin(math.pi / 6), 10), round(math.degrees(math.pi), 6), math.radians(180) == math.pi)
print(math.isqrt(99), math.isqrt(10 ** 20))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)

# Errors from math
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as error:
        print("ValueError:", error)

# Distance between points
def distance(p, q):
    return math.sqrt((q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2)

print(distance((0, 0), (3, 4)), round(distance((1, 1), (2, 2)), 4))
from math import floor, ceil
print(floor(9.99), ceil(9.01))
