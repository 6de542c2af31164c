# staticmethod and classmethod.
class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def from_string(cls, text):
        year, month, day = (int(part) for part in text.split("-"))
        return cls(year, month, day)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


d = Date.from_string("2024-02-29")
print(d)
print(Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000))
print(d.is_leap(d.year))  # static methods can be called on instances too

# classmethod receives the subclass when called on it
class BirthDate(Date):
    pass

b = BirthDate.from_string("1990-07-15")
print(b, type(b).__name__)

# A classmethod counting instances per class
class Widget:
    created = 0

    def __init__(self):
        type(self).created += 1

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.created}"

class Button(Widget):
    created = 0

Widget()
Button()
Button()
print(Widget.how_many(), Button.how_many())
