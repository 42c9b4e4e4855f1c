# A context manager class used to time/log blocks, with a fake clock
class FakeClock:
    def __init__(self):
        self.now = 1000

    def tick(self, ms):
        self.now += ms

    def __call__(self):
        return self.now


clock = FakeClock()


class Timer:
    depth = 0
    log = []

    def __init__(self, label, clock=clock):
        self.label = label
        self.clock = clock
        self.elapsed = None

    def __enter__(self):
        self.start = self.clock()
        indent = "  " * Timer.depth
        print(f"{indent}> {self.label} @ {self.start}")
        Timer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Timer.depth -= 1
        self.elapsed = self.clock() - self.start
        indent = "  " * Timer.depth
        status = "ok" if exc_type is None else f"failed with {exc_type.__name__}: {exc}"
        print(f"{indent}< {self.label} took {self.elapsed}ms ({status})")
        Timer.log.append((self.label, self.elapsed))
        return isinstance(exc, KeyError)


with Timer("total") as total:
    clock.tick(5)
    with Timer("load") as t:
        clock.tick(20)
    print("load elapsed:", t.elapsed)
    with Timer("parse"):
        clock.tick(7)
        with Timer("lookup"):
            clock.tick(1)
            {}["nope"]
        clock.tick(3)
    try:
        with Timer("compute"):
            clock.tick(11)
            1 / 0
    except ZeroDivisionError:
        print("caught ZeroDivisionError outside compute")
    clock.tick(2)

print("total elapsed:", total.elapsed)
for label, ms in sorted(Timer.log, key=lambda p: -p[1]):
    print(f"{label:>8}: {ms:4d}")


class Silent(Timer):
    def __enter__(self):
        self.start = self.clock()
        return self

    def __exit__(self, *exc_info):
        self.elapsed = self.clock() - self.start
        return False


with Silent("quiet") as q:
    clock.tick(42)
print("quiet:", q.elapsed, "depth:", Timer.depth)
with Timer("a") as a, Timer("b") as b:
    clock.tick(1)
print(a.elapsed, b.elapsed)
