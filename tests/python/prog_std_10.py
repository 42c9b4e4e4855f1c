# Event bus with weak subscriptions: weakref (WeakMethod, ref callbacks) + abc + functools.partial.
import abc
import functools
import itertools
import weakref
from collections import defaultdict, deque
from typing import Any, Callable, Dict, List


class Event(abc.ABC):
    _ids = itertools.count(1)

    def __init__(self, source: str):
        self.source = source
        self.id = next(Event._ids)
        self.cancelled = False

    @property
    @abc.abstractmethod
    def topic(self) -> str:
        ...

    def cancel(self) -> None:
        self.cancelled = True

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k not in ("id", "cancelled"))
        return f"{type(self).__name__}#{self.id}({fields})"


class OrderPlaced(Event):
    topic = "order.placed"

    def __init__(self, source, order_id, amount):
        super().__init__(source)
        self.order_id = order_id
        self.amount = amount


class OrderShipped(Event):
    topic = "order.shipped"

    def __init__(self, source, order_id, carrier):
        super().__init__(source)
        self.order_id = order_id
        self.carrier = carrier


class Heartbeat(Event):
    @property
    def topic(self):
        return "system.heartbeat"


class Broken(Event):
    pass


class Handler(abc.ABC):
    @abc.abstractmethod
    def handle(self, event: Event) -> None:
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Handler and any("handle" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class EventBus:
    def __init__(self):
        self._subs: Dict[str, List[Any]] = defaultdict(list)
        self.dead_letters: deque = deque(maxlen=3)
        self.errors: List[str] = []

    def _make_ref(self, topic, fn):
        def cleanup(_ref, topic=topic):
            print(f"  (bus) dropping dead subscriber on {topic}")
            self._subs[topic] = [r for r in self._subs[topic] if r is not _ref]
        if hasattr(fn, "__self__") and not isinstance(fn, functools.partial):
            return weakref.WeakMethod(fn, cleanup)
        return lambda: fn  # strong reference for plain functions and partials

    def subscribe(self, topic: str, fn: Callable) -> None:
        self._subs[topic].append(self._make_ref(topic, fn))

    def topics(self):
        return sorted(t for t, subs in self._subs.items() if subs)

    def _matching(self, topic: str):
        parts = topic.split(".")
        keys = [topic, parts[0] + ".*", "*"]
        for key in keys:
            yield from list(self._subs.get(key, ()))

    def publish(self, event: Event) -> int:
        delivered = 0
        for ref in self._matching(event.topic):
            fn = ref()
            if fn is None:
                continue
            try:
                fn(event)
                delivered += 1
            except Exception as e:
                self.errors.append(f"{event.topic}: {type(e).__name__}: {e}")
            if event.cancelled:
                break
        if not delivered:
            self.dead_letters.append(event)
        return delivered


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.pending = {}

    def handle(self, event):
        if isinstance(event, OrderPlaced):
            self.pending[event.order_id] = event.amount
        elif isinstance(event, OrderShipped):
            self.pending.pop(event.order_id, None)
        print(f"  {self.name}: pending={sorted(self.pending)}")


class FraudCheck:
    def __init__(self, limit):
        self.limit = limit

    def on_order(self, event):
        if event.amount > self.limit:
            print(f"  fraud: blocking order {event.order_id} ({event.amount})")
            event.cancel()

    def __del__(self):
        print("  fraud checker collected")


def audit(prefix, event, *, sink):
    sink.append(f"{prefix}{event.topic}:{event.id}")


def flaky(event):
    if event.id % 3 == 0:
        raise RuntimeError(f"cannot handle event {event.id}")
    print(f"  flaky handled {event.id}")


def main():
    try:
        Event("x")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Broken("x")
    except TypeError as e:
        print(type(e).__name__, e)

    bus = EventBus()
    log: List[str] = []
    wh = Warehouse("main-wh")
    fraud = FraudCheck(limit=500)
    bus.subscribe("order.placed", fraud.on_order)
    bus.subscribe("order.*", wh.handle)
    bus.subscribe("*", functools.partial(audit, "audit:", sink=log))
    bus.subscribe("order.shipped", flaky)
    print("topics:", bus.topics())
    print("Warehouse is a Handler?", isinstance(wh, Handler), issubclass(FraudCheck, Handler))

    events = [OrderPlaced("web", "A1", 120), OrderPlaced("web", "A2", 9000),
              OrderShipped("wh", "A1", "DHL"), Heartbeat("cron"), OrderShipped("wh", "A3", "UPS")]
    for ev in events:
        print("publish", ev)
        print("  delivered to", bus.publish(ev))

    print("removing fraud checker")
    del fraud
    print("topics:", bus.topics())
    n = bus.publish(OrderPlaced("app", "B7", 10000))
    print("  delivered to", n, "| pending:", sorted(wh.pending.items()))

    print("errors:", bus.errors)
    print("audit log:", log)
    print("dead letters:", list(bus.dead_letters))

    quiet = EventBus()
    for i in range(5):
        quiet.publish(Heartbeat(f"cron{i}"))
    print("dead letter window:", [e.source for e in quiet.dead_letters])

    p = functools.partial(audit, "x:", sink=[])
    print(p.func.__name__, p.args, sorted(p.keywords), callable(p))
    p2 = functools.partial(p, sink=log)
    p2(Heartbeat("manual"))
    print(log[-1], p2.args)

    class Temp:
        def method(self):
            return "alive"

    t = Temp()
    wm = weakref.WeakMethod(t.method)
    print(wm()(), weakref.getweakrefcount(t))
    del t
    print(wm(), "after del")
    proxy_target = Warehouse("proxy-wh")
    proxy = weakref.proxy(proxy_target)
    print(proxy.name)
    del proxy_target
    try:
        proxy.name
    except ReferenceError as e:
        print(type(e).__name__, e)
    Handler.register(int)
    print(issubclass(int, Handler), isinstance("s", Handler))
    print("closing warehouse")
    del wh
    print("topics at shutdown:", bus.topics())


main()
