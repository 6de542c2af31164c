# The error happens three calls deep; the traceback ends at the innermost frame.
def label(item):
    return item["name"] + ": " + item["qty"]


def render(items):
    return [label(item) for item in items]


def report(items):
    lines = render(items)
    return "\n".join(lines)


print(report([{"name": "pens", "qty": 3}]))
