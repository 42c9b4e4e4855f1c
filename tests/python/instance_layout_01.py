# Instance attributes kept as values beside shared keys, and every way an
# instance leaves that form (its __dict__ asked for, a deletion, names set
# out of order, too many names), checked in loops hot enough to specialize.
import gc


class P:
    kind = "class-level"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def total(ps):
    t = 0
    for p in ps:
        t += p.x * 10 + p.y
    return t


ps = [P(i, i + 1) for i in range(60)]
print("total", total(ps))

# __dict__ of one instance: it becomes a dict, the others stay as they were;
# the same code reads both.
d = ps[3].__dict__
print("dict", d)
d["z"] = 99
print("z via attr", ps[3].z)
ps[3].x = -5
print("dict sees store", d)
print("total after", total(ps))

# vars() and dir() of a values-form instance.
q = P(7, 8)
print("vars", vars(q))
print("dir has x,y", [n for n in dir(q) if n in ("x", "y", "kind")])

# Deleting an attribute.
r = P(1, 2)
del r.x
print("after del", r.__dict__, hasattr(r, "x"), getattr(r, "x", "missing"))
try:
    r.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del r.x
except AttributeError as e:
    print("del again:", e)
r.x = 5
print("re-added order", list(vars(r)))


# Attributes set in different orders and conditionally.
class Q:
    def __init__(self, flip, extra):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2
        if extra:
            self.c = 3


qs = [Q(i % 3 == 0, i % 2 == 0) for i in range(50)]
s = 0
for q in qs:
    s += q.a * 100 + q.b * 10 + getattr(q, "c", 0)
print("Q sum", s)
print("orders", sorted({tuple(vars(q)) for q in qs}))


# More names than the shared keys hold.
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


m = Many(40)
print("many", sum(getattr(m, "a%d" % i) for i in range(40)), len(vars(m)))
m2 = Many(40)
print("many keys order", list(vars(m2))[:3], list(vars(m2))[-2:])


# Names that are equal strs but not the same object.
class N:
    pass


n = N()
name = "".join(["sp", "am"])
setattr(n, name, 1)
print("dynamic name", n.spam, getattr(n, "sp" + "am"))
n.spam += 1
print("dynamic name", n.spam, vars(n))


# A key that shadows a method, after a call site specialized the method.
class M:
    def __init__(self):
        self.v = 1

    def f(self):
        return "method"


ms = [M() for _ in range(40)]
out = []
for i, obj in enumerate(ms):
    if i == 30:
        obj.f = lambda: "instance attr"
    out.append(obj.f())
print("shadow", out[28:33])
late = M()
late.f = lambda: "late"
print("late", late.f(), M().f())


# A class attribute that shadows nothing until an instance sets the name.
class C:
    tag = "class"

    def __init__(self, i):
        self.i = i


cs = [C(i) for i in range(40)]
tags = []
for i, c in enumerate(cs):
    if i == 25:
        c.tag = "own"
    tags.append(c.tag)
print("class attr", tags[24:27], C.tag)

# A class attribute added after instances have the name.
C.i = "class i"
print("class i", [c.i for c in cs[:3]], C.i)
del cs[0].i
print("after del falls back", cs[0].i)


# Subclasses keep their own keys.
class Base:
    def __init__(self):
        self.a = 1
        self.b = 2


class Derived(Base):
    def __init__(self):
        self.z = 0
        super().__init__()


objs = [Base() if i % 2 else Derived() for i in range(40)]
acc = 0
for o in objs:
    acc += o.a + o.b
    o.b += 1
print("poly", acc, sum(o.b for o in objs), list(vars(objs[0])), list(vars(objs[1])))


# __slots__ with __dict__, and without.
class SD:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.t = 2


class SO:
    __slots__ = ("s",)


sd = SD()
print("slots+dict", sd.s, sd.t, vars(sd))
so = SO()
try:
    so.t = 1
except AttributeError as e:
    print("slots only:", e)


# Cycles through attribute values are collected; __del__ still runs.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
gc.collect()
print("collected")

# Equality and repr of the dicts made from values.
p1, p2 = P(1, 2), P(1, 2)
print("dict eq", vars(p1) == vars(p2), vars(p1))
p1.__dict__.clear()
print("cleared", vars(p1), hasattr(p1, "x"))
p1.y = 3
p1.x = 4
print("after clear", vars(p1), p1.x, p1.y)
