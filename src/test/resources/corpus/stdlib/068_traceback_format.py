# traceback: formatting exceptions as text (only the final lines; full tracebacks name file paths).
import traceback


def parse(record: str) -> int:
    return int(record)


def load(records: list[str]) -> list[int]:
    try:
        return [parse(r) for r in records]
    except ValueError as e:
        raise RuntimeError("could not load records") from e


try:
    parse("forty-two")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e)[-1], end="")
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")

try:
    load(["1", "2", "x"])
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end="")
    print(any("direct cause" in line for line in lines))
    print(repr(e.__cause__))

try:
    {}["key"]
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])

try:
    raise ExceptionGroup("two problems", [ValueError("a"), TypeError("b")])
except ExceptionGroup as eg:
    print(traceback.format_exception_only(eg)[0], end="")
