# len(x), isinstance(x, cls) and xs.append(x) at call sites hot enough to
# specialize, with the operands changing under them.
import builtins


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BadLen:
    def __len__(self):
        return -1


class MyList(list):
    pass


def lengths(items):
    out = []
    for x in items:
        out.append(len(x))
    return out


print(lengths(["abc", [1, 2], (1,), {1: 2}, {1, 2, 3}, range(7), b"xy", "héllo", Sized(4)] * 3))
print(lengths([MyList([1, 2, 3]), frozenset([1]), bytearray(b"abcd")] * 2))
for bad in (5, BadLen(), None):
    try:
        len(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(e)

# Rebinding len: global, then builtins.
real_len = len
acc = []
for i in range(40):
    if i == 20:
        len = lambda x: 1000
    acc.append(len("ab"))
del len
print(acc[18:22], len("ab"))
old = builtins.len
for i in range(40):
    if i == 25:
        builtins.len = lambda x: -7
    acc.append(len("abc"))
builtins.len = old
print(acc[-16:-14], len("abc"))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


class A:
    pass


class B(A):
    pass


def checks(x):
    return (isinstance(x, int), isinstance(x, (str, bytes)), isinstance(x, A), isinstance(x, Magic))


for x in [1, True, "s", b"b", A(), B(), "magic", 2.5] * 5:
    r = checks(x)
print([checks(x) for x in [1, True, "s", b"b", A(), B(), "magic", 2.5]])
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)


# append: exact lists, a subclass at the same site, the list itself,
# appending while iterating, unbound and bound forms.
def fill(target, n):
    for i in range(n):
        target.append(i * i)
    return target


print(fill([], 30)[-3:])
ml = fill(MyList(), 30)
print(type(ml).__name__, ml[-3:])


class Logged(list):
    def append(self, x):
        super().append(("logged", x))


lg = Logged()
for t in (lg, [], lg):
    fill(t, 25)
print(lg[-2:], len(lg))
xs = [1, 2, 3]
for v in xs:
    if v < 40:
        xs.append(v * 2)
print(len(xs), xs[-3:])
self_ref = []
for _ in range(3):
    self_ref.append(self_ref)
print(len(self_ref), self_ref[0] is self_ref)
ys = []
for i in range(30):
    list.append(ys, i)
app = ys.append
for i in range(30):
    app(-i)
print(len(ys), ys[:3], ys[-3:])
try:
    ys.append()
except TypeError as e:
    print(e)
try:
    ys.append(1, 2)
except TypeError as e:
    print(e)
r = [].append(5)
print(r)
