# @classmethod for alternative constructors, @staticmethod for helpers.
from __future__ import annotations


class Date:
    separator = "-"

    def __init__(self, year: int, month: int, day: int) -> None:
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text: str) -> Date:
        year, month, day = map(int, text.split(cls.separator))
        return cls(year, month, day)

    @staticmethod
    def is_leap(year: int) -> bool:
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class SlashDate(Date):
    separator = "/"


print(Date.from_string("2024-02-29"))
print(SlashDate.from_string("1999/12/31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(2023, 1, 1).is_leap(2024))


class Counter:
    instances = 0

    def __init__(self) -> None:
        Counter.instances += 1

    @classmethod
    def how_many(cls) -> str:
        return f"{cls.__name__}: {cls.instances}"


a, b, c = Counter(), Counter(), Counter()
print(Counter.how_many(), a.how_many())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
