# the reduction protocol in detail: __getnewargs__(_ex), __reduce_ex__ tuples with items, slots state
import copy


class Temperature(float):
    def __new__(cls, value, unit="C"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self

    def __getnewargs__(self):
        return (float(self), self.unit)

    def __repr__(self):
        return "%s%s" % (float(self), self.unit)


t = Temperature(21.5, "F")
print(copy.copy(t), copy.deepcopy(t), type(copy.copy(t)).__name__)


class Config:
    instances = 0

    def __new__(cls, *args, **kwargs):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, name, *, strict=False):
        self.name = name
        self.strict = strict

    def __getnewargs_ex__(self):
        return (self.name,), {"strict": self.strict}


cfg = Config("prod", strict=True)
cc = copy.deepcopy(cfg)
print(cc.name, cc.strict, Config.instances)


class Bag:
    """Rebuilt from a reduce tuple with list and dict items."""

    def __init__(self):
        self.items = []
        self.meta = {}

    def append(self, item):
        self.items.append(item)

    def __setitem__(self, key, value):
        self.meta[key] = value

    def __reduce_ex__(self, protocol):
        return (Bag, (), None, iter(self.items), iter(self.meta.items()))


bag = Bag()
bag.append([1])
bag.append("two")
bag["k"] = [3]
shallow = copy.copy(bag)
deep = copy.deepcopy(bag)
print(shallow.items, shallow.meta, shallow.items[0] is bag.items[0])
print(deep.items, deep.meta, deep.items[0] is bag.items[0], deep.meta["k"] is bag.meta["k"])


class Versioned:
    __slots__ = ("value", "version", "__weakref__")

    def __init__(self, value):
        self.value = value
        self.version = 1

    def __getstate__(self):
        return {"value": self.value, "version": self.version}

    def __setstate__(self, state):
        self.value = state["value"]
        self.version = state["version"] + 1


v = copy.copy(Versioned([1, 2]))
print(v.value, v.version)


class Base:
    __slots__ = ("a",)


class Derived(Base):
    __slots__ = ("b",)


d = Derived()
d.a = [1]
d.b = "bee"
dc = copy.deepcopy(d)
print(dc.a, dc.b, dc.a is d.a, hasattr(dc, "__dict__"))
partial = Derived()
partial.b = 2
pc = copy.copy(partial)
print(hasattr(pc, "a"), pc.b)


class Counter(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.total_updates = 0


ctr = Counter(a=[1], b=2)
ctr.total_updates = 5
cd = copy.deepcopy(ctr)
print(type(cd).__name__, cd, cd.total_updates, cd["a"] is ctr["a"])


class Stateless:
    def __reduce__(self):
        return (Stateless, ())


print(type(copy.deepcopy(Stateless())).__name__)


class Weird:
    def __reduce__(self):
        return (dict, ([("rebuilt", True)],))


print(copy.copy(Weird()), copy.deepcopy([Weird()]))
