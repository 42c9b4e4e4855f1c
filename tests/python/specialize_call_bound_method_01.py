# CALL_BOUND_METHOD_EXACT_ARGS: calling bound method objects (saved in a
# variable, from getattr, from a list), hot enough to specialize; then
# other callables at the same site, wrong argument counts, recursion
# through bound methods, and methods rebound or replaced meanwhile.


class Counter:
    def __init__(self, n):
        self.n = n

    def add(self, k):
        self.n += k
        return self.n

    def pair(self, a, b):
        return (self.n, a, b)

    def visit_a(self, x):
        return "a%d" % x

    def visit_b(self, x):
        return "b%d" % x

    def generic(self, x):
        return "g%d" % x

    def visit(self, kind, x):
        return getattr(self, "visit_" + kind, self.generic)(x)


def call_all(fns, x):
    return [f(x) for f in fns]


c = Counter(0)
add = c.add
for i in range(100):
    add(i)
print(c.n)
print([c.visit(k, i) for i, k in enumerate("abcab" * 4)])
other = Counter(100)
fns = [c.add, other.add, c.visit_a, Counter.generic.__get__(other)]
for _ in range(30):
    r = call_all(fns, 1)
print(r, c.n, other.n)
# Other callables at the specialized site.
print(call_all([abs, str, lambda v: v * 2, Counter], 3)[:3])
try:
    call_all([c.pair], 1)
except TypeError as e:
    print("TypeError", e)
# A method replaced on the class: bound methods made before keep theirs.
old = c.add
Counter.add = lambda self, k: "replaced %d" % k
print(old(1), c.add(1), call_all([old, c.add], 2))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def depth(self, d):
        return d if self.nxt is None else self.nxt.depth_m(d + 1)

    @property
    def depth_m(self):
        return self.depth


n = None
for _ in range(50):
    n = Node(n)
print(n.depth(0))


class Deep:
    def go(self, k):
        f = self.go
        return f(k + 1)


try:
    Deep().go(0)
except RecursionError as e:
    print("RecursionError", e)
