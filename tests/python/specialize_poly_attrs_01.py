# Attribute sites that see several classes (the POLY and MEGA forms of
# LOAD_ATTR and STORE_ATTR), and class version tags: a change to a class
# or to one of its bases must reach every cached site.


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    def kind(self):
        return "B"


class C(Base):
    def kind(self):
        return "C"


class D(Base):
    pass


class E:
    # Unrelated class with the same attribute names, different layout.
    def __init__(self, v):
        self.pad = None
        self.w = -v
        self.v = v

    def kind(self):
        return "E"

    def get(self):
        return self.v + 1000


def kinds(objs):
    return [o.kind() for o in objs]


def values(objs):
    return [o.v + o.w for o in objs]


def bump(objs, n):
    for o in objs:
        o.v = o.v + n


def run(objs, label):
    for _ in range(60):
        k = kinds(objs)
        s = values(objs)
    print(label, k, s)


objs2 = [A(1), B(2)]
objs5 = [A(1), B(2), C(3), D(4), E(5)]
run(objs2, "two classes:")
run(objs5, "five classes:")
run(objs2, "two again:")

# A method added to a base shows through every subclass at once.
Base.kind = lambda self: "patched base"
run(objs5, "after patching Base.kind:")
del Base.kind
try:
    run(objs5, "after deleting Base.kind:")
except AttributeError as e:
    print("AttributeError:", e)
Base.kind = lambda self: "restored"

# A subclass overriding after the fact.
D.kind = lambda self: "D now"
run(objs5, "D overrides:")

# Instance dicts shadowing a method at a megamorphic site.
objs5[2].kind = lambda: "instance C"
run(objs5, "shadowed on one instance:")
del objs5[2].kind

# A data descriptor on a base wins over the instance dict from then on.
Base.w = property(lambda self: 100)
run(objs5, "property w on Base:")
del Base.w
run(objs5, "property removed:")

# __getattribute__ and __getattr__ added to a class later.
def ga(self, name):
    if name == "v":
        return 7
    return object.__getattribute__(self, name)

B.__getattribute__ = ga
run(objs5, "B.__getattribute__:")
del B.__getattribute__
C.__getattr__ = lambda self, name: 1000 + len(name)
del objs5[2].w
run(objs5, "C lost w (has __getattr__):")
objs5[2].w = 30

# Stores at a megamorphic site; then a setter appears on one class.
for _ in range(60):
    bump(objs5, 1)
print("after bumps", [o.v for o in objs5])
log = []
def set_v(self, value):
    log.append(value)
    self.__dict__["v"] = value
A.v = property(lambda self: self.__dict__["v"], set_v)
for _ in range(3):
    bump(objs5, 1)
print("setter calls", log, [o.v for o in objs5])
del A.v
def setattr_hook(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
E.__setattr__ = setattr_hook
bump(objs5, 1)
print("E.__setattr__", log[-1], [o.v for o in objs5])
del E.__setattr__

# A missing attribute at a megamorphic site raises the right error.
class F(Base):
    def __init__(self):
        pass

try:
    values(objs5 + [F()])
except AttributeError as e:
    print("AttributeError:", e)

# Many classes made at run time, all through the same sites.
made = []
for i in range(40):
    cls = type("K%d" % i, (Base,), {"kind": (lambda i: lambda self: "K%d" % i)(i)})
    made.append(cls(i))
run(made[::7], "made at run time:")

# getattr with a default, hasattr, and properties that raise.
class P:
    @property
    def broken(self):
        raise AttributeError("inside the property")

    def __init__(self):
        self.here = 1


class G:
    def __getattr__(self, name):
        return "dynamic " + name


for o in [P(), G(), A(9)]:
    print(type(o).__name__, getattr(o, "here", "default"), getattr(o, "broken", "default"),
          hasattr(o, "here"), hasattr(o, "nothing"), getattr(o, "v", None))

# isinstance consults a __class__ property, as CPython does.
class Proxy:
    @property
    def __class__(self):
        return A


print(isinstance(Proxy(), A), isinstance(Proxy(), Base), isinstance(Proxy(), B), isinstance(A(1), B))
