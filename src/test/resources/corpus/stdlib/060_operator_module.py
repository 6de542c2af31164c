# The operator module: functions for the operators, and itemgetter/attrgetter/methodcaller for sorting.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.eq("a", "a"), operator.lt(3, 2))
print(operator.contains([1, 2, 3], 2), operator.getitem("hello", 1), operator.concat("ab", "cd"))

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "**": operator.pow}
for symbol, func in ops.items():
    print(f"7 {symbol} 2 = {func(7, 2)}")

rows = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cid", 31, "lima")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(0, 2)(rows[1]))


class City:
    def __init__(self, name: str, population: int) -> None:
        self.name, self.population = name, population

    def __repr__(self) -> str:
        return self.name


cities = [City("Lyon", 516), City("Nice", 342), City("Paris", 2161)]
print(sorted(cities, key=attrgetter("population")))
print(max(cities, key=attrgetter("population")), attrgetter("name")(cities[0]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("x,y,z"))

x = [1, 2]
x = operator.iadd(x, [3])
print(x, operator.index(7), operator.abs(-3))
