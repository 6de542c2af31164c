#!/usr/bin/env python3
"""Record what CPython 3.11 prints for every corpus program: the oracle for LoopLab's fidelity tests.

For each PROGRAM.py below the given folders (default: src/test/resources/corpus) this runs
`python3 main.py` in a fresh temporary folder (so tracebacks say File "main.py") and writes beside it:

  PROGRAM.stdout   everything the program printed on stdout, byte for byte
  PROGRAM.exit     line 1: the exit status; line 2: the last non-empty line of stderr (or nothing)

Every program is run twice; a program whose two runs differ is reported as unstable and nothing is
written for it, because a test cannot compare against an output CPython itself does not repeat.

Programs may import `aiohttp`: the simulated-network shim in scripts/sim/ stands in for it, configured by
PROGRAM.net.json (per-host latency, status, failures) through the LOOPLAB_NET environment variable, which
is the same model LoopLab's own simulated network follows (docs/network.md).

Usage: python3 scripts/record_corpus.py [FOLDER_OR_FILE ...] [--jobs N]
"""
import argparse
import concurrent.futures
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
SIM = REPO / "scripts" / "sim"
TIMEOUT_SECONDS = 120


def run_cpython(program: pathlib.Path):
    """Runs the program as `python3 main.py` in a fresh folder, with the simulated network; the finished process."""
    with tempfile.TemporaryDirectory() as folder:
        shutil.copyfile(program, os.path.join(folder, "main.py"))
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env["PYTHONHASHSEED"] = "0"
        env["PYTHONPATH"] = str(SIM)
        env["PYTHONIOENCODING"] = "utf-8"
        net = program.with_suffix(".net.json")
        if net.exists():
            env["LOOPLAB_NET"] = net.read_text()
        return subprocess.run([sys.executable, "main.py"], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=TIMEOUT_SECONDS)


def run_once(program: pathlib.Path):
    done = run_cpython(program)
    stderr_lines = [line for line in done.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    last = stderr_lines[-1] if stderr_lines else ""
    return done.stdout, done.returncode, last


def record(program: pathlib.Path):
    first = run_once(program)
    second = run_once(program)
    if first != second:
        return f"UNSTABLE {program}: two CPython runs differ; fix the program"
    stdout, code, last = first
    program.with_suffix(".stdout").write_bytes(stdout)
    program.with_suffix(".exit").write_text(f"{code}\n{last}\n", encoding="utf-8")
    return None


def programs_under(paths):
    for path in paths:
        path = pathlib.Path(path)
        if path.is_file():
            yield path
        else:
            yield from sorted(p for p in path.rglob("*.py"))


def record_all(paths, jobs, record_one, what):
    """Runs record_one over every program in parallel, reports unstable ones, and exits 1 if there were any."""
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"record with CPython 3.11, not {sys.version.split()[0]}")
    programs = list(programs_under(paths))
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        problems = [p for p in pool.map(record_one, programs) if p]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"recorded {what} {len(programs) - len(problems)} of {len(programs)} programs")
    sys.exit(1 if problems else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(REPO / "src/test/resources/corpus")])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    record_all(args.paths, args.jobs, record, "the output of")


if __name__ == "__main__":
    main()
