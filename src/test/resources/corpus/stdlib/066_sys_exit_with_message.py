# sys.exit with a message: printed on stderr, exit status 1. `finally` blocks still run.
import sys


def parse_port(text: str) -> int:
    if not text.isdigit():
        sys.exit(f"error: port must be a number, got {text!r}")
    return int(text)


def main(args: list[str]) -> None:
    try:
        print("port", parse_port(args[0]))
        print("port", parse_port(args[1]))
    finally:
        print("cleanup runs even on sys.exit")


try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)

if __name__ == "__main__":
    main(["8080", "http"])
    print("not reached")
