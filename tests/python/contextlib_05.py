# contextlib: asynccontextmanager, AsyncExitStack, aclosing, async nullcontext.
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing,
                        nullcontext, AbstractAsyncContextManager)

def run(coro):
    """Drive a coroutine that never really suspends."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended")

log = []

@asynccontextmanager
async def connection(name):
    log.append(f"connect {name}")
    try:
        yield f"conn-{name}"
    finally:
        log.append(f"disconnect {name}")

async def main():
    async with connection("db") as conn:
        log.append(f"using {conn}")
    try:
        async with connection("cache"):
            raise ValueError("query failed")
    except ValueError as e:
        log.append(f"caught {e}")
    return "done"

print(run(main()), log)

@asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError:
        log.append("swallowed")

async def use_swallow():
    async with swallow():
        raise KeyError("x")
    return "continued"
log.clear()
print(run(use_swallow()), log)

@asynccontextmanager
async def no_yield():
    if False:
        yield

async def bad():
    async with no_yield():
        pass
try:
    run(bad())
except RuntimeError as e:
    print("RuntimeError:", e)

async def stacked():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("a"))
        b = await stack.enter_async_context(connection("b"))
        async def async_cleanup(tag):
            log.append(f"async cleanup {tag}")
        stack.push_async_callback(async_cleanup, "x")
        stack.callback(log.append, "sync cleanup")
        log.append(f"{a}+{b}")
    return len(log)
log.clear()
print(run(stacked()), log)

async def stacked_error():
    async def exit_hook(exc_type, exc, tb):
        log.append(f"hook saw {exc_type.__name__}")
        return True
    async with AsyncExitStack() as stack:
        stack.push_async_exit(exit_hook)
        await stack.enter_async_context(connection("z"))
        raise OSError("network")
    return "suppressed by hook"
log.clear()
print(run(stacked_error()), log)

async def wrong_type():
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(nullcontext.__new__(object))
try:
    run(wrong_type())
except TypeError as e:
    print("TypeError:", e)

class Ticker:
    def __init__(self):
        self.closed = False
    async def aclose(self):
        self.closed = True

async def use_aclosing():
    t = Ticker()
    async with aclosing(t) as same:
        pass
    return same is t, t.closed
print(run(use_aclosing()))

async def use_null():
    async with nullcontext(5) as v:
        return v
print(run(use_null()))

@connection("deco")
async def decorated(x):
    log.append(f"decorated {x}")
    return x + 1
log.clear()
print(run(decorated(1)), log)

class AsyncDuck:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        return None
print(isinstance(AsyncDuck(), AbstractAsyncContextManager), isinstance(object(), AbstractAsyncContextManager))
