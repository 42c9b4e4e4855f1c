#!/usr/bin/env python3
"""Deterministic instruction counts of the benchmarks under callgrind.

Wall time on a shared machine moves by several percent with load and with
code layout alone; callgrind's instruction counts do not. This writes
reduced copies of benchmarks/*.py (smaller top-level size constants, same
code) to a temporary directory, runs each under `valgrind --tool=callgrind`
with the given VM, subtracts the count of an empty program (startup), and
prints millions of instructions per program.

Usage:
  python3 benchmarks/callgrind.py [--vm CMD] [--jobs N] [PROGRAM ...]
  python3 benchmarks/callgrind.py --vm "target/release/tiercel -X nospecialize"

Needs valgrind. Counts from two builds are comparable; compare a change
against its parent, both measured with this script.
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Reduced sizes: about 0.2-2 G instructions each.
REDUCED = {
    "attrs": {"STEPS": 200, "N_TRANSACTIONS": 40000},
    "bigint": {"DIGITS": 1500, "FACT": 1200},
    "closures": {"ROUNDS": 2},
    "comprehensions": {"ROUNDS": 2},
    "exceptions": {"ROUNDS": 1},
    "fib": {"N": 25, "REPEAT": 1},
    "generators": {"ROUNDS": 1},
    "int_loop": {"N": 150000},
    "list_dict": {"ROUNDS": 1, "N": 40000},
    "nbody": {"STEPS": 10000},
    "oo_dispatch": {"ROUNDS": 15},
    "sieve": {"REPEAT": 1},
    "sort_slice": {"ROUNDS": 1},
    "spectral_norm": {"N": 80},
    "strings": {"N_WORDS": 10000, "ROUNDS": 1},
    "text_dict": {"ROUNDS": 1},
    "trees": {"MAX_DEPTH": 10, "BST_KEYS": 5000, "GRAPH_NODES": 3000},
}


def reduce_program(name, out_dir):
    with open(os.path.join(HERE, name + ".py")) as fh:
        src = fh.read()
    for key, value in REDUCED.get(name, {}).items():
        src, n = re.subn(r"^%s = .*$" % key, "%s = %d" % (key, value), src, count=1, flags=re.M)
        if n != 1:
            sys.exit("callgrind.py: %s.py has no top-level %s" % (name, key))
    path = os.path.join(out_dir, name + ".py")
    with open(path, "w") as fh:
        fh.write(src)
    return path


def count(vm, path):
    r = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + vm + [path],
        capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONHASHSEED="0"))
    m = re.search(r"Collected : (\d+)", r.stderr)
    if r.returncode != 0 or not m:
        return None
    return int(m.group(1))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("programs", nargs="*")
    p.add_argument("--vm", default=os.path.join(ROOT, "target", "release", "tiercel"))
    p.add_argument("--jobs", type=int, default=2)
    args = p.parse_args()
    vm = shlex.split(args.vm)
    names = args.programs or sorted(REDUCED)
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.py")
        open(empty, "w").close()
        paths = [reduce_program(n, tmp) for n in names]
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            base = count(vm, empty)
            if base is None:
                sys.exit("callgrind.py: %s failed on an empty program" % args.vm)
            results = list(ex.map(lambda path: count(vm, path), paths))
    failed = False
    for name, n in zip(names, results):
        if n is None:
            print("%-16s FAIL" % name)
            failed = True
        else:
            print("%-16s %10.1f" % (name, (n - base) / 1e6))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
