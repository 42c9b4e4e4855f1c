# contextlib: suppress, closing, nullcontext, redirect_stdout/stderr.
from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr
import sys

data = {"a": 1}
with suppress(KeyError):
    del data["missing"]
    print("not reached")
print("after suppress", data)

with suppress(ValueError, TypeError):
    int("x")
with suppress(LookupError):        # subclasses are suppressed too
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)

results = []
for text in ["1", "x", "3"]:
    with suppress(ValueError):
        results.append(int(text))
print(results)

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("closing", self.name)

with closing(Resource("db")) as r:
    print("using", r.name, r.closed)
print("closed?", r.closed)
try:
    with closing(Resource("net")) as r2:
        raise RuntimeError("fail inside")
except RuntimeError as e:
    print("RuntimeError:", e, r2.closed)

def process(stream=None):
    cm = open(stream) if stream else nullcontext("default stream")
    with cm as s:
        return s
print(process())
with nullcontext() as nothing:
    print(nothing)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)

out = Collector()
with redirect_stdout(out) as target:
    print("captured line")
    print("second", 2)
print("target is out:", target is out)
print(repr(out.getvalue()))

err = Collector()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

# nesting the same redirect object is allowed
outer = Collector()
redirect = redirect_stdout(outer)
with redirect:
    print("one")
    with redirect:
        print("two")
    print("three")
print(repr(outer.getvalue()), sys.stdout is sys.__stdout__)

# help-like capture helper
def capture(fn, *args, **kwargs):
    buf = Collector()
    with redirect_stdout(buf):
        fn(*args, **kwargs)
    return buf.getvalue()
print(capture(print, "a", "b", sep="-").strip())
