#!/usr/bin/env python3
"""Times LoopLab against CPython on the programs in bench/programs/, whole process, and writes a Markdown table.

Each program runs N times under `python3 PROG.py` and N times under `java -jar target/looplab.jar run PROG.py`,
the two interleaved so that load from other processes falls on both alike. For every run it records the wall
time, the CPU time (user + system, of the process and all its threads: the JVM's JIT and GC threads count too)
and the peak resident set size, from the child's own rusage (os.wait4). The table shows medians.

It builds nothing: run `mvn -q -o -DskipTests package` first.

    python3 bench/run.py                      # every program, 5 runs each
    python3 bench/run.py -n 3 fib loops       # some programs (by file name without .py)
    python3 bench/run.py --out bench/results.md

Asynchronous programs (async_*.py) also run with `run --trace FILE` when this build's `run` has that option.
A program whose first line is `# looplab-only` has no CPython column (it needs something CPython lacks here).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"


@dataclass
class Sample:
    wall: float
    cpu: float
    rss_mb: float
    stdout: bytes
    status: int


@dataclass
class Row:
    name: str
    python: list = field(default_factory=list)
    looplab: list = field(default_factory=list)
    traced: list = field(default_factory=list)


def run_once(command):
    """Runs one whole process; its wall time, CPU time and peak memory come from wait4's rusage."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out, child.returncode)


def looplab_command(jar, program, trace_file=None):
    command = ["java", "-jar", str(jar), "run"]
    if trace_file:
        command += ["--trace", trace_file]
    return command + [str(program)]


def run_supports_trace(jar):
    help_text = subprocess.run(["java", "-jar", str(jar), "run", "--help"], capture_output=True, text=True).stdout
    return "--trace" in help_text


def median(samples, attribute):
    return statistics.median(getattr(s, attribute) for s in samples) if samples else None


def spread(samples):
    """(max - min) / median of the wall times: how noisy the machine was for this row."""
    walls = [s.wall for s in samples]
    return (max(walls) - min(walls)) / statistics.median(walls) if len(walls) > 1 else 0.0


def measure(program, runs, jar, with_trace):
    row = Row(program.stem)
    looplab_only = program.read_text().startswith("# looplab-only")
    trace_file = os.path.join(tempfile.gettempdir(), f"looplab-bench-{program.stem}.jsonl")
    for i in range(runs):
        if not looplab_only:
            row.python.append(run_once(["python3", str(program)]))
        row.looplab.append(run_once(looplab_command(jar, program)))
        if with_trace:
            row.traced.append(run_once(looplab_command(jar, program, trace_file)))
        print(f"  {program.stem} run {i + 1}/{runs}: "
              + (f"python3 {row.python[-1].wall:.2f}s, " if row.python else "")
              + f"looplab {row.looplab[-1].wall:.2f}s"
              + (f", traced {row.traced[-1].wall:.2f}s" if row.traced else ""), file=sys.stderr)
    if os.path.exists(trace_file):
        os.remove(trace_file)
    return row


def fmt(x, digits=2):
    return "n/a" if x is None else f"{x:.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def verdict(row):
    ours = row.looplab[0]
    if ours.status != 0:
        return f"exit {ours.status}"
    if not row.python:
        return "n/a"
    return "yes" if ours.stdout == row.python[0].stdout else "**no**"


def table(rows, runs, traced, why_untraced=""):
    lines = [
        f"| program | python3 s | looplab s | ratio | python3 CPU s | looplab CPU s | CPU ratio "
        f"| python3 MB | looplab MB |{' traced s | traced ratio |' if traced else ''} same output | noise |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if traced else "") + "---|---:|",
    ]
    for row in rows:
        py_wall, our_wall = median(row.python, "wall"), median(row.looplab, "wall")
        py_cpu, our_cpu = median(row.python, "cpu"), median(row.looplab, "cpu")
        cells = [row.name, fmt(py_wall), fmt(our_wall), fmt(ratio(our_wall, py_wall)), fmt(py_cpu), fmt(our_cpu),
                 fmt(ratio(our_cpu, py_cpu)), fmt(median(row.python, "rss_mb"), 0),
                 fmt(median(row.looplab, "rss_mb"), 0)]
        if traced:
            traced_wall = median(row.traced, "wall")
            cells += [fmt(traced_wall), fmt(ratio(traced_wall, py_wall))]
        noise = max(spread(row.looplab), spread(row.python) if row.python else 0.0)
        cells += [verdict(row), f"{noise * 100:.0f}%"]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    lines.append(f"Medians of {runs} runs, whole process (JVM start included); ratio = looplab / python3, "
                 "below 1.0 means LoopLab is faster. CPU = user + system time of all the process's threads. "
                 "MB = peak resident set size. Noise = (slowest - fastest) / median wall time of the noisier side.")
    if not traced:
        lines.append(f"Traced runs: not measured ({why_untraced}).")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description="Time LoopLab against python3 on bench/programs/*.py.")
    parser.add_argument("programs", nargs="*", help="program names (file names without .py); default: all")
    parser.add_argument("-n", "--runs", type=int, default=5, help="runs per program and interpreter (default 5)")
    parser.add_argument("--jar", default=str(ROOT / "target" / "looplab.jar"), help="the LoopLab jar")
    parser.add_argument("--no-trace", action="store_true", help="skip the traced runs of async programs")
    parser.add_argument("--out", help="also write the Markdown table to this file")
    args = parser.parse_args()

    if not Path(args.jar).exists():
        sys.exit(f"{args.jar} not found: build it first with mvn -q -o -DskipTests package")
    programs = sorted(PROGRAMS.glob("*.py"))
    if args.programs:
        programs = [p for p in programs if p.stem in args.programs]
    trace = not args.no_trace and run_supports_trace(args.jar)
    why_untraced = "--no-trace" if args.no_trace else "this build's `run` has no `--trace` option"
    rows = []
    for program in programs:
        rows.append(measure(program, args.runs, args.jar, trace and program.stem.startswith("async")))
    text = table(rows, args.runs, trace, why_untraced)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")


if __name__ == "__main__":
    main()
