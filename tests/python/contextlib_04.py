# contextlib: class-based managers, ContextDecorator, AbstractContextManager.
from contextlib import AbstractContextManager, ContextDecorator, contextmanager

class Timer(ContextDecorator):
    """Counts how many times it was entered (usable as a decorator)."""
    def __init__(self):
        self.entries = 0
        self.active = False
    def __enter__(self):
        self.entries += 1
        self.active = True
        return self
    def __exit__(self, *exc):
        self.active = False
        return False

timer = Timer()

@timer
def compute(x):
    return x * x, timer.active

print(compute(3), compute(4), timer.entries, timer.active, compute.__name__)
with timer as t:
    print(t is timer, t.entries)

class Indent(ContextDecorator):
    level = 0
    def __enter__(self):
        Indent.level += 1
    def __exit__(self, *exc):
        Indent.level -= 1

@Indent()
def show(text):
    return "  " * Indent.level + text

print(repr(show("one")), Indent.level)

# exceptions propagate through decorated functions
@Indent()
def failing():
    raise ValueError("from decorated")
try:
    failing()
except ValueError as e:
    print("ValueError:", e, Indent.level)

class Silent(AbstractContextManager):
    def __exit__(self, exc_type, exc, tb):
        return exc_type is ZeroDivisionError

with Silent() as s:
    1 / 0
print("default __enter__ returns self:", type(s).__name__)

class Incomplete(AbstractContextManager):
    pass
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

class DuckManager:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        pass

class OnlyEnter:
    def __enter__(self):
        return 1

print(isinstance(DuckManager(), AbstractContextManager),
      isinstance(OnlyEnter(), AbstractContextManager),
      issubclass(Timer, AbstractContextManager),
      isinstance(open, AbstractContextManager))

# a generator-based manager used as a decorator, with arguments
@contextmanager
def prefixed(prefix, out):
    out.append(prefix + "start")
    yield
    out.append(prefix + "end")

trace = []
@prefixed("> ", trace)
def step(n):
    trace.append(f"step {n}")
step(1)
step(2)
print(trace)

# __exit__ receives the exception details
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.seen = (exc_type.__name__ if exc_type else None, str(exc) if exc else None, tb is not None)
        return True
with Inspect() as i:
    raise KeyError("k")
print(i.seen)
with Inspect() as i:
    pass
print(i.seen)
