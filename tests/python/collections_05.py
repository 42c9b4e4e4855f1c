# OrderedDict: order-aware operations, an LRU cache, errors.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
print(od.keys(), od.values(), od.items())
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
od.move_to_end("c", False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 1), ("y", 2)], z=3)
od.update({"w": 0})
print(od)
od["x"] = 100       # updating keeps the position
print(od)
del od["y"]
print(od, len(od), "z" in od)
print(od.pop("z"), od.pop("nope", "default"), od.setdefault("q", 7), od)
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))

# equality: order matters between two OrderedDicts only
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0))
print(OrderedDict(), OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
c = a.copy()
c["z"] = 3
print(type(c).__name__, c, a)
a |= {"new": 0}
print(a)

# an LRU cache built on move_to_end / popitem(last=False)
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get_item(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)

cache = LRU(2)
cache.put(1, "one")
cache.put(2, "two")
print(cache.get_item(1))
cache.put(3, "three")
print(cache, cache.get_item(2), list(cache.keys()))
cache.put(4, "four")
print(cache)

for label, fn in [
    ("popitem empty", lambda: OrderedDict().popitem()),
    ("popitem first empty", lambda: OrderedDict().popitem(last=False)),
    ("move missing", lambda: OrderedDict(a=1).move_to_end("zz")),
    ("getitem missing", lambda: OrderedDict(a=1)["b"]),
    ("pop missing", lambda: OrderedDict().pop("k")),
    ("bad pairs", lambda: OrderedDict([(1, 2, 3)])),
    ("two args", lambda: OrderedDict({}, {})),
]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

for label, fn in [("or int", lambda: OrderedDict() | 1),
                  ("hash", lambda: hash(OrderedDict()))]:
    try:
        fn()
    except TypeError:
        print(label, "TypeError")

r = OrderedDict(a=1)
r["self"] = r
print(r)

# views are live and set-like
v = OrderedDict(a=1, b=2)
keys = v.keys()
v["c"] = 3
print(keys, len(keys), "c" in keys, ("a", 1) in v.items(), 2 in v.values())
print(sorted(keys & {"a", "c", "x"}), sorted(keys | {"z"}), sorted(keys - {"a"}))

class Sub(OrderedDict):
    pass
s = Sub(k=1)
print(s, type(s.copy()).__name__, isinstance(s, dict))
