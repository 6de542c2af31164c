# match with literal patterns, alternatives and the wildcard.
def http_status(status: int) -> str:
    match status:
        case 200:
            return "OK"
        case 301 | 302 | 307 | 308:
            return "Redirect"
        case 404:
            return "Not Found"
        case 418:
            return "I'm a teapot"
        case _:
            return "Something else"


for code in [200, 302, 404, 418, 500]:
    print(code, http_status(code))


def describe(value) -> str:
    match value:
        case None:
            return "nothing"
        case True:
            return "yes"
        case False:
            return "no"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case "quit" | "exit":
            return "bye"
        case other:
            return f"something: {other!r}"


for v in [None, True, False, 0, 0.0, "", "exit", 3.5, [1]]:
    print(repr(v), "->", describe(v))
