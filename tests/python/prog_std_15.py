# Discrete-event simulation of a coffee shop: heapq event queue, seeded random,
# dataclass(slots=True), namedtuple records, itertools, statistics computed by hand.
import heapq
import itertools
import math
import random
from collections import Counter, deque, namedtuple
from dataclasses import dataclass, field
from enum import Enum
from typing import Deque, Dict, List, Optional


class Kind(Enum):
    ARRIVAL = 1
    DONE = 2
    CLOSE = 3


MENU = {"espresso": (2, 3.0), "latte": (4, 4.5), "mocha": (5, 5.0), "tea": (1, 2.5)}


@dataclass(slots=True)
class Customer:
    cid: int
    arrived: float
    order: str
    patience: float
    started: Optional[float] = None
    finished: Optional[float] = None

    @property
    def wait(self) -> float:
        return (self.started if self.started is not None else self.arrived) - self.arrived


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: Kind = field(compare=False)
    payload: object = field(compare=False, default=None)


Record = namedtuple("Record", ["cid", "order", "wait", "service", "barista"])


class Shop:
    def __init__(self, seed: int, baristas: int, rate: float, close_at: float):
        self.rng = random.Random(seed)
        self.rate = rate
        self.close_at = close_at
        self.events: List[Event] = []
        self.seq = itertools.count()
        self.queue: Deque[Customer] = deque()
        self.free = list(range(baristas))
        self.records: List[Record] = []
        self.walkouts: List[Customer] = []
        self.ids = itertools.count(1)
        self.clock = 0.0
        self.busy_time = [0.0] * baristas
        self.max_queue = 0

    def schedule(self, t: float, kind: Kind, payload=None) -> None:
        heapq.heappush(self.events, Event(t, next(self.seq), kind, payload))

    def new_customer(self) -> Customer:
        order = self.rng.choices(list(MENU), weights=[3, 5, 2, 2])[0]
        return Customer(next(self.ids), self.clock, order, self.rng.uniform(2, 10))

    def try_start(self) -> None:
        while self.queue and self.free:
            c = self.queue.popleft()
            if self.clock - c.arrived > c.patience:
                self.walkouts.append(c)
                continue
            barista = self.free.pop(0)
            base, _ = MENU[c.order]
            service = max(0.5, self.rng.gauss(base, base / 4))
            c.started = self.clock
            self.busy_time[barista] += service
            self.schedule(self.clock + service, Kind.DONE, (c, barista))

    def run(self) -> None:
        self.schedule(self.rng.expovariate(self.rate), Kind.ARRIVAL)
        self.schedule(self.close_at, Kind.CLOSE)
        open_ = True
        while self.events:
            ev = heapq.heappop(self.events)
            self.clock = ev.time
            if ev.kind is Kind.ARRIVAL and open_:
                self.queue.append(self.new_customer())
                self.max_queue = max(self.max_queue, len(self.queue))
                self.schedule(self.clock + self.rng.expovariate(self.rate), Kind.ARRIVAL)
            elif ev.kind is Kind.DONE:
                c, barista = ev.payload
                c.finished = self.clock
                self.records.append(Record(c.cid, c.order, c.wait, c.finished - c.started, barista))
                self.free.append(barista)
                self.free.sort()
            elif ev.kind is Kind.CLOSE:
                open_ = False
            self.try_start()
        self.walkouts.extend(self.queue)
        self.queue.clear()


def mean(xs: List[float]) -> float:
    if not xs:
        raise ValueError("mean of empty sequence")
    return math.fsum(xs) / len(xs)


def stdev(xs: List[float]) -> float:
    m = mean(xs)
    return math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def quantiles(xs: List[float], n: int = 4) -> List[float]:
    s = sorted(xs)
    out = []
    for i in range(1, n):
        pos = i * (len(s) + 1) / n
        lo = max(1, min(len(s) - 1, int(pos)))
        frac = pos - lo
        out.append(s[lo - 1] + (s[lo] - s[lo - 1]) * frac)
    return out


def mode(xs):
    counts = Counter(xs)
    best = max(counts.values())
    return min(k for k, v in counts.items() if v == best)


def report(shop: Shop, label: str) -> None:
    waits = [r.wait for r in shop.records]
    services = [r.service for r in shop.records]
    print(f"--- {label} ---")
    print(f"served={len(shop.records)} walkouts={len(shop.walkouts)} "
          f"max_queue={shop.max_queue} closed_at={shop.clock:.2f}")
    print(f"wait: mean={mean(waits):.3f} sd={stdev(waits):.3f} max={max(waits):.3f}")
    print("wait quartiles:", [round(q, 3) for q in quantiles(waits)])
    print(f"service mean={mean(services):.3f} median-ish={quantiles(services, 2)[0]:.3f}")
    revenue = sum(MENU[r.order][1] for r in shop.records)
    print(f"revenue=${revenue:.2f} popular={mode(r.order for r in shop.records)}")
    for b, busy in enumerate(shop.busy_time):
        served = sum(1 for r in shop.records if r.barista == b)
        print(f"  barista {b}: served {served:3d}, utilisation {busy / shop.clock:6.1%}")
    by_order = sorted(shop.records, key=lambda r: r.order)
    for order, group in itertools.groupby(by_order, key=lambda r: r.order):
        g = list(group)
        print(f"  {order:<8} n={len(g):3d} avg service {mean([r.service for r in g]):.2f}")


def main():
    for seed, baristas in [(11, 1), (11, 2), (99, 3)]:
        shop = Shop(seed=seed, baristas=baristas, rate=0.6, close_at=120.0)
        shop.run()
        report(shop, f"seed {seed}, {baristas} barista(s)")
    c = Customer(1, 0.0, "tea", 5.0)
    try:
        c.mood = "happy"
    except AttributeError as e:
        print(type(e).__name__, e)
    print(c, c.wait, hasattr(c, "__dict__"), Customer.__slots__)
    e1, e2 = Event(1.0, 2, Kind.DONE), Event(1.0, 1, Kind.ARRIVAL)
    print(sorted([e1, e2])[0].kind, e1 == Event(1.0, 2, Kind.CLOSE))
    try:
        mean([])
    except ValueError as e:
        print(type(e).__name__, e)
    rng = random.Random(5)
    print(f"{rng.gauss(0, 1):.6f} {rng.expovariate(2):.6f} {rng.triangular(0, 10, 3):.6f}")
    print(rng.choices("abc", k=5), rng.getrandbits(20), round(rng.betavariate(2, 3), 6))
    state = rng.getstate()
    first = [rng.randint(1, 6) for _ in range(5)]
    rng.setstate(state)
    print(first, first == [rng.randint(1, 6) for _ in range(5)])
    print(quantiles([1, 2, 3, 4, 5, 6, 7, 8]), mode([3, 1, 3, 1, 2]), f"{stdev([2, 4, 4, 4, 5, 5, 7, 9]):.6f}")


main()
