# contextlib.contextmanager: setup/teardown around a with block.
from contextlib import contextmanager

events = []

@contextmanager
def tag(name):
    events.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        events.append(f"</{name}>")

with tag("p") as value:
    events.append(f"body {value}")
print(events)

# exceptions from the block are raised at the yield
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield
    except ValueError as e:
        log.append(f"rollback ({e})")
        # swallowing the exception suppresses it
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise ValueError("bad data")
print(log)

try:
    with transaction(log):
        raise KeyError("not handled here")
except KeyError as e:
    print("propagated KeyError", e, log[-1])

# a generator that re-raises a different exception
@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# the decorated function keeps its name and doc
@contextmanager
def documented():
    """A documented manager."""
    yield
print(documented.__name__, documented.__doc__, documented().__doc__)

# misbehaving generators
@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def ignores_error():
    try:
        yield
    except Exception:
        yield "again"

for label, cm, fail in [("no yield", no_yield, False), ("two yields", two_yields, False),
                        ("ignores error", ignores_error, True)]:
    try:
        with cm():
            if fail:
                raise OSError("boom")
        print(label, "finished")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

# a context manager can only be entered once, but the function can be reused
cm = tag("x")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError:
    print("cannot reuse a generator context manager")

# used as a decorator, a fresh context is created for each call
@tag("call")
def work(n):
    events.append(f"work {n}")
    return n * 2
events.clear()
print(work(1), work(2), events)

# StopIteration raised in the body is not swallowed by the generator machinery
@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration propagated:", e)

# nested managers and yield values
@contextmanager
def opened(name, store):
    store.append(f"open {name}")
    yield f"<{name}>"
    store.append(f"close {name}")
store = []
with opened("a", store) as a, opened("b", store) as b:
    store.append(a + b)
print(store)
