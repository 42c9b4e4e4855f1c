# Sensor data pipeline built from generators and coroutines: send/throw/close,
# contextlib.contextmanager, itertools (tee, islice, chain, takewhile, dropwhile),
# functools.cmp_to_key, enum.StrEnum, and a small text report.
import contextlib
import enum
import functools
import itertools
import random
from collections import deque
from typing import Generator, Iterable, Iterator, List, Tuple


class Level(enum.StrEnum):
    OK = enum.auto()
    WARN = enum.auto()
    ALARM = enum.auto()


class SensorFault(Exception):
    pass


def readings(seed: int, n: int) -> Iterator[Tuple[int, str, float]]:
    rng = random.Random(seed)
    sensors = ["t1", "t2", "t3"]
    for tick in range(n):
        sensor = sensors[tick % 3]
        value = round(20 + rng.gauss(0, 3) + (8 if tick in (13, 14, 22) else 0), 2)
        if tick == 17:
            value = float("nan")
        yield tick, sensor, value


def drop_faulty(source: Iterable[Tuple[int, str, float]], faults: List[int]):
    for tick, sensor, value in source:
        if value != value:  # NaN check
            faults.append(tick)
            continue
        yield tick, sensor, value


def moving_average(window: int) -> Generator[float, float, str]:
    buf: deque = deque(maxlen=window)
    avg = 0.0
    count = 0
    try:
        while True:
            try:
                value = yield avg
            except SensorFault as e:
                buf.clear()
                avg = 0.0
                print(f"    averager reset: {e}")
                continue
            if value is None:
                continue
            buf.append(value)
            count += 1
            avg = sum(buf) / len(buf)
    finally:
        print(f"    averager closing after {count} values")
    return "unreachable"


def classifier(warn: float, alarm: float) -> Generator[Level, float, None]:
    level = Level.OK
    while True:
        value = yield level
        level = Level.ALARM if value >= alarm else Level.WARN if value >= warn else Level.OK


def primed(gen_fn):
    @functools.wraps(gen_fn)
    def start(*args, **kwargs):
        gen = gen_fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def collector(store: List[str]) -> Generator[None, str, int]:
    n = 0
    while True:
        item = yield
        if item is None:
            return n
        store.append(item)
        n += 1


@contextlib.contextmanager
def section(title: str):
    print(f"== {title} ==")
    try:
        yield title.upper()
    except SensorFault as e:
        print(f"   section {title!r} swallowed fault: {e}")
    else:
        print(f"   end of {title}")
    finally:
        print("   ---")


def compare_events(a, b):
    # ALARM before WARN, then by tick
    rank = {Level.ALARM: 0, Level.WARN: 1, Level.OK: 2}
    return (rank[a[1]] - rank[b[1]]) or (a[0] - b[0])


def main():
    faults: List[int] = []
    stream = drop_faulty(readings(3, 30), faults)
    for_avg, for_events = itertools.tee(stream)

    with section("moving averages") as title:
        print("  title:", title)
        avg = moving_average(4)
        next(avg)
        per_sensor = {}
        for tick, sensor, value in itertools.islice(for_avg, 12):
            a = avg.send(value)
            per_sensor.setdefault(sensor, []).append(value)
            if tick % 4 == 3:
                print(f"  tick {tick:2d}: avg={a:.3f}")
        print("  after throw:", avg.throw(SensorFault("t2 recalibrated")))
        print("  send None:", avg.send(None), "send 30:", avg.send(30.0))
        avg.close()
        avg.close()
        try:
            avg.send(1.0)
        except StopIteration:
            print("  closed generator raises StopIteration")
        print("  per sensor counts:", {k: len(v) for k, v in sorted(per_sensor.items())})

    with section("events"):
        cls = classifier(warn=24.0, alarm=27.0)
        next(cls)
        events = []
        for tick, sensor, value in for_events:
            level = cls.send(value)
            if level is not Level.OK:
                events.append((tick, level, sensor, value))
        for ev in sorted(events, key=functools.cmp_to_key(compare_events)):
            print(f"  {ev[1]:<5} tick={ev[0]:2d} {ev[2]} {ev[3]}")
        print("  faults at ticks:", faults)
        print("  levels:", [str(l) for l in Level], Level.WARN == "warn", Level("alarm").name)

    with section("faulty section"):
        print("  about to fail")
        raise SensorFault("t3 unplugged")

    with section("collector"):
        store: List[str] = []
        col = collector(store)
        for word in ("alpha", "beta", "gamma"):
            col.send(word)
        try:
            col.send(None)
        except StopIteration as stop:
            print("  collected", stop.value, "items:", store)
        print("  wrapped name:", collector.__name__, collector.__wrapped__.__name__)

    with section("itertools"):
        temps = [19.5, 20.1, 21.7, 25.2, 26.0, 22.3, 19.9]
        print("  warming:", list(itertools.takewhile(lambda t: t < 25, temps)))
        print("  after peak:", list(itertools.dropwhile(lambda t: t < 25, temps)))
        print("  chained:", list(itertools.chain([1, 2], (3,), range(4, 6))))
        a, b = itertools.tee(iter(temps), 2)
        next(b, None)
        print("  deltas:", [round(y - x, 1) for x, y in zip(a, b)])
        print("  starmap max:", list(itertools.starmap(max, [(1, 5), (7, 2)])))
        print("  perms:", ["".join(p) for p in itertools.permutations("abc", 2)][:4],
              len(list(itertools.combinations_with_replacement(range(3), 2))))

    def countdown(n):
        while n:
            received = yield n
            n = received if received is not None else n - 1
        return "liftoff"

    def relay():
        result = yield from countdown(3)
        yield result

    r = relay()
    print([next(r), r.send(5), next(r), next(r)], list(r))
    g = countdown(2)
    next(g)
    try:
        g.throw(ValueError("abort"))
    except ValueError as e:
        print("throw propagated:", e)
    print(type(g).__name__, g.gi_running, g.gi_frame is None)


main()
