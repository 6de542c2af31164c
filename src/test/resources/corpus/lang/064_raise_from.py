# raise ... from ... sets __cause__ and explains why one error led to another.
class ConfigError(Exception):
    pass


def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as error:
        raise ConfigError("port is missing") from error
    except ValueError as error:
        raise ConfigError(f"port is not a number: {settings['port']!r}") from error


for settings in [{"port": "8080"}, {}, {"port": "eighty"}]:
    try:
        print("port", read_port(settings))
    except ConfigError as error:
        cause = error.__cause__
        print("ConfigError:", error)
        print("  caused by", type(cause).__name__, repr(cause))
        print("  suppress context:", error.__suppress_context__)

# raise ... from None hides the original error
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None

try:
    lookup({}, "x")
except LookupError as error:
    print(error, error.__cause__, error.__suppress_context__)
    print(type(error.__context__).__name__)

# Explicit cause without an active exception
try:
    raise ValueError("outer") from TypeError("inner")
except ValueError as error:
    print(error, "<-", error.__cause__)
