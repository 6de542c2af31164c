#!/usr/bin/env python3
"""Records CPython 3.11's view of the parser test programs, so that no expectation is typed by hand.

For every src/test/resources/language/valid/NAME.py it writes NAME.ast: one line per top-level statement,
in the form of ast.dump(include_attributes=False) but without the fields our AST leaves out
(ctx, type_comment, kind, type_ignores) and with every field shown, even None.

For every src/test/resources/language/syntax_errors/NAME.py it runs `python3 main.py` on a copy named main.py
and writes what CPython printed to stderr to NAME.stderr.

Run from the repository root:  python3 scripts/record_language_expectations.py
"""
import ast
import pathlib
import shutil
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 11), "record with CPython 3.11, the oracle"

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/language"
OMITTED_FIELDS = {"ctx", "type_comment", "kind", "type_ignores"}


def dump(node):
    if isinstance(node, ast.AST):
        fields = [f for f in node._fields if f not in OMITTED_FIELDS]
        inner = ", ".join(f"{f}={dump(getattr(node, f))}" for f in fields)
        return f"{type(node).__name__}({inner})"
    if isinstance(node, list):
        return "[" + ", ".join(dump(x) for x in node) + "]"
    return repr(node)


def record_valid(path):
    source = path.read_text(encoding="utf-8")
    compile(source, "main.py", "exec")  # a "valid" program must also pass CPython's compile-time checks
    tree = ast.parse(source)
    path.with_suffix(".ast").write_text("".join(dump(s) + "\n" for s in tree.body), encoding="utf-8")


def record_error(path, workdir):
    shutil.copyfile(path, workdir / "main.py")
    run = subprocess.run([sys.executable, "main.py"], cwd=workdir, capture_output=True, text=True)
    last = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
    if run.returncode != 1 or not last.split(":")[0] in ("SyntaxError", "IndentationError", "TabError"):
        sys.exit(f"{path.name}: expected a syntax error, got exit {run.returncode}: {run.stderr!r}")
    # CPython names the script by its absolute path; the tests call the program plain "main.py".
    stderr = run.stderr.replace(f'"{workdir.resolve()}/main.py"', '"main.py"')
    path.with_suffix(".stderr").write_text(stderr, encoding="utf-8")


def main():
    for path in sorted((ROOT / "valid").glob("*.py")):
        record_valid(path)
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((ROOT / "syntax_errors").glob("*.py")):
            record_error(path, pathlib.Path(tmp).resolve())


if __name__ == "__main__":
    main()
