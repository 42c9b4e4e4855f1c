# STORE_ATTR and CALL specializations must notice every change that makes
# their caches stale: new descriptors, __setattr__, deleted attributes,
# slot classes, different callables at one call site, recursion.


class P:
    def __init__(self, x):
        self.x = x
        self.y = 0


def bump(objs, n):
    for _ in range(n):
        for o in objs:
            o.y = o.y + o.x
    return [o.y for o in objs]


ps = [P(i) for i in range(5)]
print(bump(ps, 40))

# A property for `y` appears on the class: the stores must go through it.
log = []


def gety(self):
    return self.__dict__.get("y", 0)


def sety(self, v):
    log.append(v)
    self.__dict__["y"] = v * 2


P.y = property(gety, sety)
print(bump(ps, 2), len(log))
del P.y
print(bump(ps, 3))

# __setattr__ on the class.
count = [0]


def counting_setattr(self, name, value):
    count[0] += 1
    object.__setattr__(self, name, value)


P.__setattr__ = counting_setattr
print(bump(ps, 4), count[0])
del P.__setattr__
print(bump(ps, 1), count[0])

# The attribute is deleted and re-added (its dict entry moves).
for o in ps:
    del o.x
    o.z = 1
    o.x = 3
print(bump(ps, 30))

# Instances of another class at the same store.
class Q:
    def __init__(self):
        self.x = 10
        self.y = 1


mixed = ps + [Q(), Q()]
print(bump(mixed, 60))


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = 0


ss = [S(i) for i in range(3)]
print(bump(ss, 70))
del ss[0].y
try:
    bump(ss, 1)
except AttributeError as e:
    print("AttributeError:", e)


# Replacing a value runs the old value's finalizer at once.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


holder = P(0)
for i in range(4):
    holder.y = Noisy(i)
    print("stored", i)
holder.y = None


# CALL: one call site that sees functions of different shapes.
def one(a):
    return a + 1


def two(a, b=5):
    return a + b


def star(*args):
    return len(args)


def kwonly(a, *, k=3):
    return a * k


def gen(a):
    yield a
    yield a + 1


def call_all(fs, n):
    out = []
    for _ in range(n):
        for f in fs:
            r = f(7)
            out.append(r if not hasattr(r, "__next__") else list(r))
    return out[-len(fs):]


print(call_all([one], 100))
print(call_all([one, two, star, kwonly, gen, len_or_abs := abs, str], 30))


def rec(n):
    return rec(n + 1)


for _ in range(3):
    try:
        rec(0)
    except RecursionError as e:
        print("RecursionError:", e)


# A builtin call site whose builtin is swapped for a Python function.
def measure(xs, n):
    t = 0
    for _ in range(n):
        t += len(xs)
    return t


print(measure([1, 2, 3], 100))
len = lambda xs: 100
print(measure([1, 2, 3], 10))
del len
print(measure((1,), 10))


# Bound methods and methods with self.
class C:
    def __init__(self):
        self.v = 2

    def m(self, a):
        return self.v * a


c = C()
f = c.m
print(sum(f(i) for i in range(50)), sum(c.m(i) for i in range(50)))
C.m = lambda self, a, b=1: a - b
print(sum(c.m(i) for i in range(50)))

# Errors from specialized builtin calls keep their tracebacks.
def bad(xs):
    return [abs(x) for x in xs]


for _ in range(2):
    try:
        bad([1, -2] * 20 + ["x"])
    except TypeError as e:
        print("TypeError:", e)
