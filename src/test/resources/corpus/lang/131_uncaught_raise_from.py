# raise ... from ... that nobody catches: the traceback shows both errors.
class ParseError(Exception):
    pass


def parse_age(text):
    try:
        return int(text)
    except ValueError as error:
        raise ParseError(f"bad age {text!r}") from error


print(parse_age("42"))
print(parse_age("forty"))
