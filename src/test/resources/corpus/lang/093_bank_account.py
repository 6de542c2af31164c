# A small class hierarchy for bank accounts.
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.03):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(source, target, amount):
    source.withdraw(amount)
    target.deposit(amount)

alice = Account("Alice", 100)
bob = SavingsAccount("Bob", 1000)
alice.deposit(50)
transfer(bob, alice, 200)
print(alice, bob)
print("interest:", bob.add_interest())
print(bob)

for action in [lambda: alice.withdraw(1000), lambda: alice.deposit(-5), lambda: transfer(alice, bob, 350)]:
    try:
        action()
        print("ok")
    except InsufficientFunds as error:
        print("refused:", error)
    except ValueError as error:
        print("invalid:", error)

print(alice.history, len(bob.history))
print(sorted([alice, bob], key=lambda acct: acct.balance))
