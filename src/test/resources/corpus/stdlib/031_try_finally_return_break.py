# try/finally: finally always runs, even on return, break and continue.
def read_config(path: str) -> str:
    print(f"opening {path}")
    try:
        if path.endswith(".bad"):
            raise ValueError("bad file")
        return f"config from {path}"
    finally:
        print(f"closing {path}")


print(read_config("app.cfg"))
try:
    read_config("app.bad")
except ValueError as e:
    print("caught:", e)


def overriding() -> str:
    try:
        return "from try"
    finally:
        return "from finally"  # a return in finally wins (and swallows exceptions)


def swallowing() -> str:
    try:
        raise RuntimeError("lost")
    finally:
        return "exception swallowed"


print(overriding(), "/", swallowing())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

counter = 0
while True:
    try:
        counter += 1
        if counter == 3:
            break
    finally:
        print("cleanup after attempt", counter)
print("stopped at", counter)


def nested() -> list[str]:
    log: list[str] = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


print(nested())
