# contextlib.ExitStack: a dynamic number of context managers and callbacks.
from contextlib import ExitStack, contextmanager

log = []

@contextmanager
def resource(name, fail_on_exit=False):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")
        if fail_on_exit:
            raise OSError(f"cannot close {name}")

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda: log.append("callback 2"))
    log.append(f"using {names}")
print(log)

# exiting in reverse order even when an error happens
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(resource("x"))
        stack.enter_context(resource("y"))
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, log)

# failure while entering: what was entered is still cleaned up
log.clear()
@contextmanager
def broken():
    raise ConnectionError("cannot open")
    yield
try:
    with ExitStack() as stack:
        stack.enter_context(resource("first"))
        stack.enter_context(broken())
        log.append("never")
except ConnectionError as e:
    print("ConnectionError:", e, log)

# pop_all transfers ownership: nothing closed at the end of the with
log.clear()
with ExitStack() as stack:
    stack.enter_context(resource("kept"))
    keeper = stack.pop_all()
print(log)
keeper.close()
print(log)

# push() with __exit__-like callbacks, which may suppress exceptions
def suppress_key_errors(exc_type, exc, tb):
    log.append(f"saw {exc_type.__name__ if exc_type else None}")
    return exc_type is not None and issubclass(exc_type, KeyError)

log.clear()
with ExitStack() as stack:
    stack.push(suppress_key_errors)
    {}["missing"]
print("suppressed", log)

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        log.append("Manager exit")
        return False
log.clear()
with ExitStack() as stack:
    pushed = stack.push(Manager())
print(type(pushed).__name__, log)

# callback arguments and decorator form
log.clear()
with ExitStack() as stack:
    @stack.callback
    def cleanup():
        log.append("decorated cleanup")
    stack.callback(log.append, "args")
    stack.callback(print, "kw", end="!\n")
print(log)

# exception chaining: each exit sees the exception raised by the previous one
def raiser(exc):
    def exit_cb(*details):
        raise exc
    return exit_cb

try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("second")))
        stack.push(raiser(KeyError("first")))
        raise ValueError("body")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur.args[0]})")
        cur = cur.__context__
    print(" <- ".join(chain))

# an exception in a callback when the body succeeded
try:
    with ExitStack() as stack:
        stack.enter_context(resource("r", fail_on_exit=True))
except OSError as e:
    print("OSError:", e, e.__context__)

# a later callback can suppress an earlier callback's error
with ExitStack() as stack:
    stack.push(lambda *d: True)
    stack.push(raiser(RuntimeError("hidden")))
print("all suppressed")

try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)

# close() can be used without a with statement
stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()
