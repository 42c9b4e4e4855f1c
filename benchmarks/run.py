#!/usr/bin/env python3
"""Benchmark runner for Tiercel.

Times every benchmark program (benchmarks/*.py) on Tiercel, on CPython
(`python3`) and on PyPy (`pypy3`, when it is on PATH), plus any VM given with
--vm.

Before any timing, each program is run once on CPython and once on every
other VM, untimed, and each VM's stdout is compared with CPython's (the
checksum check).  A VM whose output differs is marked WRONG for that program
and is not timed on it; the "check" column of the table says whether Tiercel
passed.  The timed runs are interleaved: for each repetition every program is
run on every VM, and the VM order alternates between runs so that slow drifts
in machine load hit all VMs alike.  Timed runs' stdout is checked as well.
Every run gets PYTHONHASHSEED=0 in its environment.

Prints a Markdown table with the median wall-clock seconds per VM, the ratio
python3/tiercel (> 1 means Tiercel is faster) and, on the last line, the
geometric mean of those ratios.  With --svg FILE it also draws the ratio of
every VM as a bar chart (the bench-chart crate, benchmarks/chart).

Exit status: 0 when every run succeeded with the expected output, 1 when any
run crashed, timed out or printed the wrong output, 2 on usage errors.

Standard library only.
"""

import argparse
import math
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
REFERENCE = "python3"
SUBJECT = "tiercel"

# Status markers used in table cells.
OK = "ok"
WRONG = "WRONG"
FAIL = "FAIL"
TIMEOUT = "TIMEOUT"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg):
    print("run.py: " + msg, file=sys.stderr)
    sys.exit(2)


def nproc():
    try:
        out = subprocess.run(["nproc"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, check=True).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    if hasattr(os, "sched_getaffinity"):
        return str(len(os.sched_getaffinity(0)))
    return str(os.cpu_count())


def loadavg():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except (OSError, AttributeError):
        return "n/a"


def resolve_command(text, what):
    """Turn a VM command string into an argv list whose program exists."""
    argv = shlex.split(text)
    if not argv:
        die("empty command for %s" % what)
    prog = argv[0]
    if os.sep in prog or prog.startswith("."):
        path = prog if os.path.isabs(prog) else os.path.join(os.getcwd(), prog)
        if not os.path.exists(path):
            return None
        argv[0] = os.path.abspath(path)
    else:
        found = shutil.which(prog)
        if found is None:
            return None
        argv[0] = found
    return argv


# The tools beside the benchmark programs.
TOOLS = {"run.py", "callgrind.py"}


def find_programs(names, csv_lists=()):
    available = sorted(
        f[:-3] for f in os.listdir(BENCH_DIR)
        if f.endswith(".py") and f not in TOOLS and not f.startswith("_")
    )
    names = list(names)
    for text in csv_lists:
        names.extend(n.strip() for n in text.split(",") if n.strip())
    if not names:
        return available
    chosen = []
    for name in names:
        base = os.path.basename(name)
        if base.endswith(".py"):
            base = base[:-3]
        if base not in available:
            die("no benchmark named %r (available: %s)" % (name, ", ".join(available)))
        if base not in chosen:
            chosen.append(base)
    return chosen


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Time benchmarks/*.py on Tiercel vs python3 (and pypy3 / other VMs).")
    p.add_argument("programs", nargs="*", metavar="PROGRAM",
                   help="benchmark names to run, e.g. fib nbody (default: all benchmarks/*.py)")
    p.add_argument("--programs", dest="programs_csv", action="append", default=[],
                   metavar="A,B,C",
                   help="comma-separated benchmark names (may be repeated; "
                        "adds to the positional PROGRAM names)")
    p.add_argument("--tiercel", metavar="PATH",
                   default=os.path.join(REPO_ROOT, "target", "release", "tiercel"),
                   help="Tiercel binary or command (default: <repo>/target/release/tiercel)")
    p.add_argument("-n", "--reps", type=int, default=5, metavar="N",
                   help="repetitions per program and VM (default: 5)")
    p.add_argument("--markdown", metavar="FILE",
                   help="also write the results table to FILE")
    p.add_argument("--svg", metavar="FILE",
                   help="also draw the ratios python3/VM of every VM as an SVG bar "
                        "chart in FILE (with the bench-chart crate: cargo run -p bench-chart)")
    p.add_argument("--vm", action="append", default=[], metavar="NAME=CMD",
                   help="add another VM; CMD is split like a shell command and the "
                        "program path is appended (may be repeated)")
    p.add_argument("--python", default="python3", metavar="CMD",
                   help="the reference CPython command (default: python3)")
    p.add_argument("--no-pypy", action="store_true",
                   help="do not run pypy3 even when it is on PATH")
    p.add_argument("--timeout", type=float, default=300.0, metavar="SECONDS",
                   help="per-run time limit; a run over it counts as FAIL (default: 300)")
    args = p.parse_args(argv)
    if args.reps < 1:
        p.error("--reps must be at least 1")
    return args


def build_vms(args):
    """Return an ordered list of (name, argv)."""
    vms = []
    tiercel = resolve_command(args.tiercel, "--tiercel")
    if tiercel is None:
        die("Tiercel binary not found: %s\n"
                 "Build it first with `cargo build --release` (from %s), "
                 "or pass --tiercel PATH." % (args.tiercel, REPO_ROOT))
    vms.append((SUBJECT, tiercel))
    python = resolve_command(args.python, "--python")
    if python is None:
        die("reference interpreter not found: %s" % args.python)
    vms.append((REFERENCE, python))
    if not args.no_pypy:
        pypy = resolve_command("pypy3", "pypy3")
        if pypy is not None:
            vms.append(("pypy3", pypy))
    for spec in args.vm:
        if "=" not in spec:
            die("--vm expects NAME=CMD, got %r" % spec)
        name, cmd = spec.split("=", 1)
        name = name.strip()
        if not name or name in [n for n, _ in vms]:
            die("bad or duplicate VM name in --vm %r" % spec)
        argv = resolve_command(cmd, "--vm " + name)
        if argv is None:
            die("command for VM %r not found: %s" % (name, cmd))
        vms.append((name, argv))
    return vms


CHILD_ENV = dict(os.environ, PYTHONHASHSEED="0")


def run_once(argv, prog_path, timeout):
    """Run one program once.  Returns (status, seconds, stdout, stderr)."""
    start = time.perf_counter()
    try:
        # A new session, so that a timed-out VM is killed with any children it started.
        proc = subprocess.Popen(argv + [prog_path], cwd=REPO_ROOT, env=CHILD_ENV,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return FAIL, 0.0, b"", "could not start: %s" % e
    try:
        out, err_bytes = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err_bytes = proc.communicate()
        elapsed = time.perf_counter() - start
        err = err_bytes.decode("utf-8", "replace")
        return TIMEOUT, elapsed, b"", (err.rstrip() + "\n(timed out after %.0f s)" % timeout).lstrip()
    except BaseException:
        # Ctrl-C: the child is in its own session and did not get the SIGINT.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.wait()
        raise
    elapsed = time.perf_counter() - start
    err = err_bytes.decode("utf-8", "replace")
    if proc.returncode != 0:
        return FAIL, elapsed, out, (err.rstrip() + "\n(exit status %d)" % proc.returncode).lstrip()
    return OK, elapsed, out, err


def first_difference(expected, got):
    exp = expected.decode("utf-8", "replace").splitlines()
    out = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp), len(out))):
        e = exp[i] if i < len(exp) else "<no line>"
        g = out[i] if i < len(out) else "<no line>"
        if e != g:
            return "line %d: expected %r, got %r" % (i + 1, e, g)
    return "outputs differ (line endings or trailing bytes)"


def fmt_secs(x):
    return "%.3f" % x


def tail(text, lines=8):
    parts = text.strip().splitlines()
    return "\n".join("    " + l for l in parts[-lines:])


def write_svg(path, programs, vm_names, times, status):
    """Draw python3/VM ratios of every VM but python3 (bench-chart)."""
    others = [vm for vm in vm_names if vm != REFERENCE]
    lines = ["\t".join(["program"] + others)]
    for prog in programs:
        ref = times[(prog, REFERENCE)]
        if status[(prog, REFERENCE)] != OK or not ref:
            continue
        cells = []
        for vm in others:
            t = times[(prog, vm)]
            ok = status[(prog, vm)] == OK and t
            cells.append("%.4f" % (statistics.median(ref) / statistics.median(t)) if ok else "0")
        lines.append("\t".join([prog] + cells))
    tsv = os.path.splitext(path)[0] + ".tsv"
    with open(tsv, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    cmd = ["cargo", "run", "-q", "--release", "-p", "bench-chart", "--", tsv, path]
    r = subprocess.run(cmd, cwd=REPO_ROOT)
    if r.returncode != 0:
        print("could not draw %s (%s exited %d)" % (path, " ".join(cmd), r.returncode))
    else:
        print("chart: %s (data: %s)" % (path, tsv))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    programs = find_programs(args.programs, args.programs_csv)
    if not programs:
        die("no benchmark programs found in %s" % BENCH_DIR)
    vms = build_vms(args)
    vm_names = [n for n, _ in vms]

    header = [
        "machine: nproc=%s, load average at start %s" % (nproc(), loadavg()),
        "repetitions: %d, interleaved, VM order alternating" % args.reps,
    ]
    for name, vm_argv in vms:
        header.append("%s: %s" % (name, " ".join(shlex.quote(a) for a in vm_argv)))
    for line in header:
        print(line)
    sys.stdout.flush()

    times = {}        # (prog, vm) -> list of seconds
    status = {}       # (prog, vm) -> OK / WRONG / FAIL / TIMEOUT
    details = {}      # (prog, vm) -> explanation of the first problem
    reference = {}    # prog -> CPython stdout (bytes), None when CPython failed
    for prog in programs:
        for vm in vm_names:
            times[(prog, vm)] = []
            status[(prog, vm)] = OK

    def record_failure(prog, vm, st, err, phase):
        status[(prog, vm)] = st
        details[(prog, vm)] = tail(err) or "(no stderr)"
        log("%-6s %-14s %-10s %s" % (phase, prog, vm, st))

    # Phase 1: the checksum check.  One untimed run per program and VM; each
    # VM's stdout must equal CPython's.  Pairs that fail are not timed.
    for prog in programs:
        path = os.path.join(BENCH_DIR, prog + ".py")
        st, secs, out, err = run_once(dict(vms)[REFERENCE], path, args.timeout)
        if st != OK:
            record_failure(prog, REFERENCE, st, err, "check")
            reference[prog] = None
        else:
            reference[prog] = out
            log("check  %-14s %-10s %.3f s (reference)" % (prog, REFERENCE, secs))
        for vm, vm_argv in vms:
            if vm == REFERENCE:
                continue
            if reference[prog] is None:
                status[(prog, vm)] = FAIL
                details[(prog, vm)] = "no reference output: %s failed on this program" % REFERENCE
                continue
            st, secs, out, err = run_once(vm_argv, path, args.timeout)
            if st != OK:
                record_failure(prog, vm, st, err, "check")
            elif out != reference[prog]:
                status[(prog, vm)] = WRONG
                details[(prog, vm)] = ("stdout differs from %s: " % REFERENCE
                                       + first_difference(reference[prog], out))
                log("check  %-14s %-10s WRONG output" % (prog, vm))
            else:
                log("check  %-14s %-10s %.3f s, output ok" % (prog, vm, secs))

    # Phase 2: the timed runs.
    total = args.reps * len(programs) * len(vms)
    done = 0
    for rep in range(args.reps):
        for pi, prog in enumerate(programs):
            path = os.path.join(BENCH_DIR, prog + ".py")
            order = list(vms) if (rep + pi) % 2 == 0 else list(reversed(vms))
            for vm, vm_argv in order:
                done += 1
                key = (prog, vm)
                if status[key] != OK:
                    continue  # a broken VM/program pair is not timed (again)
                st, secs, out, err = run_once(vm_argv, path, args.timeout)
                if st != OK:
                    record_failure(prog, vm, st, err, "rep %d" % (rep + 1))
                    continue
                if out != reference[prog]:
                    status[key] = WRONG
                    if vm == REFERENCE:
                        details[key] = ("CPython output is not deterministic: "
                                        + first_difference(reference[prog], out))
                    else:
                        details[key] = ("stdout differs from %s in a timed run: "
                                        % REFERENCE + first_difference(reference[prog], out))
                    log("[%d/%d] rep %d %-14s %-10s WRONG output" % (done, total, rep + 1, prog, vm))
                    continue
                times[key].append(secs)
                log("[%d/%d] rep %d %-14s %-10s %.3f s" % (done, total, rep + 1, prog, vm, secs))

    # Build the table.
    cols = ["program"] + [vm + " (s)" for vm in vm_names] + ["check", "python3/tiercel"]
    rows = []
    ratios = []
    for prog in programs:
        row = [prog]
        med = {}
        for vm in vm_names:
            st = status[(prog, vm)]
            if st == OK and times[(prog, vm)]:
                med[vm] = statistics.median(times[(prog, vm)])
                row.append(fmt_secs(med[vm]))
            elif st == TIMEOUT:
                row.append("FAIL (timeout)")
            else:
                row.append(st)
        sub = status[(prog, SUBJECT)]
        if status[(prog, REFERENCE)] != OK:
            row.append("no reference")
        elif sub == WRONG:
            row.append("**MISMATCH**")
        elif sub in (FAIL, TIMEOUT):
            row.append("**FAIL**")
        else:
            row.append("ok")
        if SUBJECT in med and REFERENCE in med and med[SUBJECT] > 0:
            r = med[REFERENCE] / med[SUBJECT]
            ratios.append(r)
            row.append("%.2f" % r)
        else:
            row.append("-")
        rows.append(row)
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        gm_text = "%.2f" % gm
        if len(ratios) < len(programs):
            gm_text += " (%d of %d programs)" % (len(ratios), len(programs))
    else:
        gm_text = "-"
    rows.append(["**geometric mean**"] + [""] * (len(vm_names) + 1) + ["**" + gm_text + "**"])

    widths = [max(len(c), max(len(r[i]) for r in rows)) for i, c in enumerate(cols)]

    def line(cells):
        out = []
        for i, c in enumerate(cells):
            out.append(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]))
        return "| " + " | ".join(out) + " |"

    sep = "|" + "|".join(
        "-" * (w + 1) + ":" if i > 0 else ":" + "-" * (w + 1) for i, w in enumerate(widths)) + "|"
    table = [line(cols), sep] + [line(r) for r in rows]

    footer = ["load average at end %s" % loadavg(),
              "ratio = median python3 time / median tiercel time; > 1 means Tiercel is faster",
              "check = tiercel's stdout equals python3's (run once per program before timing)"]
    mismatched = [p for p in programs if status[(p, SUBJECT)] == WRONG]
    if mismatched:
        footer.append("OUTPUT MISMATCH (tiercel vs python3): " + ", ".join(mismatched))

    print()
    print("\n".join(table))
    print()
    for f in footer:
        print(f)

    problems = [(k, status[k]) for k in sorted(status) if status[k] != OK]
    if problems:
        print()
        print("Problems:")
        for (prog, vm), st in problems:
            print("- %s on %s: %s" % (prog, vm, st))
            d = details.get((prog, vm))
            if d:
                print(d if d.startswith("    ") else "    " + d)

    if args.svg:
        write_svg(args.svg, programs, vm_names, times, status)

    if args.markdown:
        with open(args.markdown, "w") as fh:
            for h in header:
                fh.write("- " + h + "\n")
            fh.write("\n" + "\n".join(table) + "\n\n")
            for f in footer:
                fh.write(f + "\n")
            if problems:
                fh.write("\nProblems:\n\n")
                for (prog, vm), st in problems:
                    fh.write("- %s on %s: %s\n" % (prog, vm, st))
                    d = details.get((prog, vm))
                    if d:
                        fh.write("\n```\n" + "\n".join(
                            l[4:] if l.startswith("    ") else l for l in d.splitlines()) + "\n```\n\n")
        print("\n(table written to %s)" % args.markdown)

    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
