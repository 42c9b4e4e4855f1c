# types.coroutine: generator-based coroutines that can be awaited.
import types

@types.coroutine
def sleep_tick(label):
    received = yield f"tick {label}"
    return f"{label} got {received}"

async def worker(name, n):
    results = []
    for i in range(n):
        results.append(await sleep_tick(f"{name}{i}"))
    return results

# a tiny scheduler: round-robin over coroutines, feeding back a counter
def run_all(coros):
    finished = {}
    pending = [(name, coro, None) for name, coro in coros.items()]
    step = 0
    while pending:
        name, coro, value = pending.pop(0)
        try:
            yielded = coro.send(value)
            print("yielded:", yielded)
            pending.append((name, coro, step))
        except StopIteration as stop:
            finished[name] = stop.value
        step += 1
    return finished

print(run_all({"a": worker("a", 2), "b": worker("b", 1)}))

# wrapping a function that returns a generator-like object
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n
    def throw(self, *args):
        raise args[0]
    def close(self):
        self.n = 0

@types.coroutine
def countdown(n):
    return Countdown(n)

async def launch():
    return await countdown(3)

c = launch()
values = []
try:
    while True:
        values.append(c.send(None))
except StopIteration as stop:
    print(values, stop.value)

try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)

# a plain function returning a value passes it through unchanged
@types.coroutine
def plain():
    return 42
print(plain())
