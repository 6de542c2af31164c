#!/usr/bin/env python3
"""Record the line CPython 3.11 blames for each bad-input program: the oracle for LoopLab's error locations.

For each PROGRAM.py below the given folders (default: src/test/resources/bad) this runs `python3 main.py`
the way scripts/record_corpus.py does (a fresh temporary folder, the same environment) and writes beside it:

  PROGRAM.line   the line number CPython reports for the error, then a newline; empty when it reports none

The reported line is the last `File "main.py", line N` line on stderr. For a SyntaxError (or
IndentationError, TabError) that is the only such line; for an uncaught runtime error it is the innermost
frame of the (last) traceback, where the exception was raised. A program that exits cleanly, or only
prints a warning, gets an empty PROGRAM.line.

Every program is run twice; a program whose two runs disagree is reported and nothing is written for it.
The stdout and exit status of these programs are recorded by scripts/record_corpus.py, not here.

Usage: python3 scripts/record_error_lines.py [FOLDER_OR_FILE ...] [--jobs N]
"""
import argparse
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from record_corpus import REPO, record_all, run_cpython  # noqa: E402

# CPython 3.11 prints the absolute path of the script (File "/tmp/xyz/main.py"), so only the name is matched.
FRAME_LINE = re.compile(r'^\s*File "(?:[^"]*[/\\])?main\.py", line (\d+)', re.MULTILINE)


def run_stderr(program: pathlib.Path) -> str:
    """CPython's whole stderr for the program, run exactly as the corpus recorder runs it."""
    return run_cpython(program).stderr.decode("utf-8", "replace")


def reported_line(stderr: str) -> str:
    """The last `File "main.py", line N` of stderr as "N", or "" when CPython named no line."""
    lines = FRAME_LINE.findall(stderr)
    return lines[-1] if lines else ""


def record(program: pathlib.Path):
    first = reported_line(run_stderr(program))
    second = reported_line(run_stderr(program))
    if first != second:
        return f"UNSTABLE {program}: two CPython runs report different lines; fix the program"
    program.with_suffix(".line").write_text(f"{first}\n" if first else "", encoding="utf-8")
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(REPO / "src/test/resources/bad")])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    record_all(args.paths, args.jobs, record, "the error lines of")


if __name__ == "__main__":
    main()
