#!/usr/bin/env python3
"""Writes CPython 3.11's standard-library module names, so the sandbox can tell "refused" from "does not exist"."""
import pathlib
import sys

out = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/looplab/vm/stdlib_modules.txt"
out.write_text("# sys.stdlib_module_names of CPython 3.11, written by scripts/write_stdlib_names.py\n"
               + "\n".join(sorted(sys.stdlib_module_names)) + "\n")
