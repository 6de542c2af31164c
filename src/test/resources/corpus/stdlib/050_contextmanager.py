# contextlib.contextmanager: a context manager written as a generator.
from contextlib import contextmanager


@contextmanager
def tag(name: str):
    print(f"<{name}>")
    yield name
    print(f"</{name}>")


@contextmanager
def transaction(log: list[str]):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback ({e})")
    else:
        log.append("commit")
    finally:
        log.append("end")


with tag("html"):
    with tag("body") as t:
        print(f"  inside {t}")

log: list[str] = []
with transaction(log):
    log.append("insert 1")
print(log)

log = []
with transaction(log):
    log.append("insert 2")
    raise ValueError("duplicate key")
print(log)


@contextmanager
def opened(name: str):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


try:
    with opened("report.txt"):
        raise KeyError("boom")
except KeyError as e:
    print("KeyError still raised:", e)


@contextmanager
def bad():
    yield
    yield


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
