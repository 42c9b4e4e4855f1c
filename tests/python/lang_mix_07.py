# An event system with a dict of handler lists
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, event, handler=None, *, priority=0):
        def register(h):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), h))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return h
        if handler is None:
            return register
        return register(handler)

    def off(self, event, handler):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [t for t in self.handlers.get(event, []) if t[2] is not handler]
        return before - len(self.handlers[event])

    def emit(self, event, *args, **kwargs):
        self.history.append(event)
        results = []
        for _, _, h in self.handlers.get(event, []) + self.handlers.get("*", []):
            try:
                r = h(event, *args, **kwargs)
            except Exception as e:
                results.append(f"{h.__name__} raised {type(e).__name__}: {e}")
                continue
            if r is StopIteration:
                results.append(f"{h.__name__} stopped propagation")
                break
            if r is not None:
                results.append(r)
        return results


bus = EventBus()
log = []


@bus.on("login")
def audit(event, user, **info):
    log.append(("audit", user))
    return f"audit saw {user}"


@bus.on("login", priority=10)
def security(event, user, **info):
    if info.get("ip", "").startswith("10."):
        return StopIteration
    return f"security ok for {user}"


def wildcard(event, *args, **kwargs):
    return f"* {event} {args} {sorted(kwargs)}"


bus.on("*", wildcard)


@bus.on("logout")
def broken(event, user):
    return user.upper() + 1


print(bus.emit("login", "ann", ip="192.168.0.1"))
print(bus.emit("login", "bob", ip="10.0.0.7"))
print(bus.emit("logout", "ann"))
print(bus.emit("unknown", 1, 2, flag=True))
print("removed:", bus.off("*", wildcard))
print(bus.emit("login", "cy"))
print("removed again:", bus.off("*", wildcard))
counts = {}
for ev in bus.history:
    counts[ev] = counts.get(ev, 0) + 1
print("history:", counts)
print("log:", log)
print("handlers:", {k: [t[2].__name__ for t in v] for k, v in sorted(bus.handlers.items())})
