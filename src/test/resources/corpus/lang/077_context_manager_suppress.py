# A context manager whose __exit__ returns True suppresses the exception.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = exc_value
            print(f"suppressed {exc_type.__name__}: {exc_value}")
            return True
        return False


with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("never printed")
print("execution continues", repr(s.caught))

# Exceptions not in the list pass through
try:
    with Suppress(KeyError):
        int("x")
except ValueError as error:
    print("not suppressed:", error)

# A transaction that rolls back on error
class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.backup = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.backup)
            print("rolled back because of", exc_type.__name__)
            return True
        print("committed")

accounts = {"ann": 100, "bob": 50}
with Transaction(accounts) as data:
    data["ann"] -= 30
    data["bob"] += 30
print(accounts)

with Transaction(accounts) as data:
    data["ann"] -= 500
    if data["ann"] < 0:
        raise ValueError("overdrawn")
print(accounts)
