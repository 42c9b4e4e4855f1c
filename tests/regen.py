#!/usr/bin/env python3
"""Regenerate the expected outputs of the Python test corpus.

For every tests/python/NAME.py this runs CPython (``python3`` by default, or
the interpreter named by the TIERCEL_REGEN_PYTHON environment variable) with
cwd = tests/python, PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and writes:

  NAME.stdout    always (may be empty)
  NAME.stderr    only if stderr is non-empty
  NAME.exitcode  only if the exit code is non-zero (the number and a newline)

A NAME.stdin beside the program, when present, is fed to it as standard
input (otherwise stdin is empty); the test runner does the same.

Stale NAME.stderr / NAME.exitcode files are removed.

Since 3.9 CPython turns the script path given on the command line into an
absolute path, so its tracebacks say File "/abs/path/tests/python/NAME.py".
The expected output must not depend on where the checkout lives, so the
absolute directory prefix is stripped from stdout and stderr, giving
File "NAME.py" (what the VM under test prints when run the same way).

Usage:
  python3 tests/regen.py            # regenerate everything
  python3 tests/regen.py foo bar    # only foo.py and bar.py (names may carry
                                    # a .py suffix or a path)
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY_DIR = os.path.join(HERE, "python")
TIMEOUT = 30
EXPECTED_MAJOR_MINOR = (3, 11)


def interpreter():
    return os.environ.get("TIERCEL_REGEN_PYTHON", "python3")


def check_version(python):
    out = subprocess.run(
        [python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    ver = (int(out[0]), int(out[1]))
    if ver != EXPECTED_MAJOR_MINOR:
        sys.stderr.write(
            "warning: %s is Python %d.%d, the corpus expects CPython %d.%d; "
            "tracebacks and error messages may differ\n"
            % (python, ver[0], ver[1], EXPECTED_MAJOR_MINOR[0], EXPECTED_MAJOR_MINOR[1])
        )


def normalize_name(arg):
    name = os.path.basename(arg)
    for suffix in (".py", ".stdout", ".stderr", ".exitcode"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name


def write_or_remove(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(data)


def dir_prefixes():
    """Spellings of PY_DIR + separator that CPython may print."""
    prefixes = []
    for d in (os.path.abspath(PY_DIR), os.path.realpath(PY_DIR)):
        p = (d + os.sep).encode("utf-8")
        if p not in prefixes:
            prefixes.append(p)
    # Longest first, so a longer spelling is never partly replaced.
    prefixes.sort(key=len, reverse=True)
    return prefixes


def strip_dir(data):
    for p in dir_prefixes():
        data = data.replace(p, b"")
    return data


def regen_one(python, name, env):
    script = name + ".py"
    base = os.path.join(PY_DIR, name)
    stdin_path = base + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        proc = subprocess.run(
            [python, script],
            cwd=PY_DIR,
            env=env,
            stdin=stdin,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return "TIMEOUT"
    stdout = strip_dir(proc.stdout)
    stderr = strip_dir(proc.stderr)
    root = os.path.dirname(os.path.abspath(HERE)).encode("utf-8")
    if root in stdout or root in stderr:
        print("warning: %s output still mentions %s" % (name, root.decode("utf-8")))
    write_or_remove(base + ".stdout", stdout)
    write_or_remove(base + ".stderr", stderr if stderr else None)
    write_or_remove(
        base + ".exitcode",
        ("%d\n" % proc.returncode).encode() if proc.returncode != 0 else None,
    )
    return proc.returncode


def main(argv):
    python = interpreter()
    check_version(python)

    if argv:
        names = [normalize_name(a) for a in argv]
        missing = [n for n in names if not os.path.isfile(os.path.join(PY_DIR, n + ".py"))]
        if missing:
            sys.stderr.write("no such test program(s): %s\n" % ", ".join(missing))
            return 2
    else:
        names = sorted(f[:-3] for f in os.listdir(PY_DIR) if f.endswith(".py"))

    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONOPTIMIZE",
                "PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "PYTHONHOME",
                "PYTHONINSPECT", "PYTHONUNBUFFERED", "PYTHONDEVMODE"):
        env.pop(var, None)
    # Never leave __pycache__ droppings next to the corpus.
    env["PYTHONDONTWRITEBYTECODE"] = "1"

    ok = 0
    failing = []
    timeouts = []
    for name in names:
        rc = regen_one(python, name, env)
        if rc == "TIMEOUT":
            timeouts.append(name)
            print("TIMEOUT  %s" % name)
        elif rc == 0:
            ok += 1
        else:
            failing.append((name, rc))

    print("regenerated %d program(s): %d exit 0, %d non-zero exit, %d timed out"
          % (len(names), ok, len(failing), len(timeouts)))
    if failing:
        by_code = {}
        for name, rc in failing:
            by_code.setdefault(rc, []).append(name)
        for rc in sorted(by_code):
            print("  exit %d: %d program(s)" % (rc, len(by_code[rc])))
    if timeouts:
        print("timed out (no expected output written): %s" % ", ".join(timeouts))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
