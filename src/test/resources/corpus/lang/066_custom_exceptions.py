# Custom exception classes, with their own data.
class AppError(Exception):
    """Base class for this program's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class InsufficientFunds(AppError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.shortfall = amount - balance


def validate_age(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an integer")
    if age < 0:
        raise ValidationError("age", f"must not be negative, got {age}")
    return age


for age in [30, -1, "old"]:
    try:
        print("valid:", validate_age(age))
    except ValidationError as error:
        print("invalid:", error, "| field =", error.field)

try:
    raise InsufficientFunds(50, 80)
except AppError as error:
    print(type(error).__name__, error.args, error.shortfall)
    print(str(error), repr(error))

# Catching the base class catches every subclass
errors = [ValidationError("x", "bad"), InsufficientFunds(1, 2), AppError("plain")]
for e in errors:
    try:
        raise e
    except AppError as caught:
        print("caught", type(caught).__name__, isinstance(caught, AppError))

# Exceptions without a custom __init__ keep all their arguments
class Simple(Exception):
    pass

e = Simple("a", 1, None)
print(e.args, str(e), repr(e))
print(repr(Simple()), str(Simple()) == "")
