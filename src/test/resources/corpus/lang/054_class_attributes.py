# Class attributes are shared; instance attributes belong to one object.
class Account:
    bank_name = "PyBank"
    interest_rate = 0.02
    accounts_opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.accounts_opened += 1

    def add_interest(self):
        self.balance += self.balance * self.interest_rate


a = Account("Ann", 1000)
b = Account("Ben", 500)
print(Account.accounts_opened, a.bank_name, b.bank_name)

# Assigning through an instance creates an instance attribute that shadows the class one
b.interest_rate = 0.05
a.add_interest()
b.add_interest()
print(a.balance, b.balance)
print(Account.interest_rate, a.interest_rate, b.interest_rate)

# Changing the class attribute affects instances without their own
Account.interest_rate = 0.10
print(a.interest_rate, b.interest_rate)

# Deleting the instance attribute reveals the class attribute again
del b.interest_rate
print(b.interest_rate)

# A mutable class attribute is shared by everybody
class Student:
    courses = []

    def __init__(self, name):
        self.name = name

s1 = Student("x")
s2 = Student("y")
s1.courses.append("math")
print(s2.courses, Student.courses)

# Instance __dict__ holds only instance attributes
print(a.__dict__)
print(sorted(k for k in vars(b)))
