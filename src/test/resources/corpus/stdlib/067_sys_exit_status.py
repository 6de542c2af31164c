# sys.exit with a number sets the process exit status; nothing is printed on stderr.
import sys

EXIT_NOT_FOUND = 3


def find_user(users: dict[str, int], name: str) -> int:
    if name not in users:
        print(f"user {name} not found")
        sys.stdout.flush()
        sys.exit(EXIT_NOT_FOUND)
    return users[name]


users = {"ann": 1, "bob": 2}
print("ann has id", find_user(users, "ann"))
print("zoe has id", find_user(users, "zoe"))
