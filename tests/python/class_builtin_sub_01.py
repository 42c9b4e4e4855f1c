class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s == [1, 2, 3], sum(s))
s += [4]
print(s, type(s).__name__, sorted(s, reverse=True), 4 in s, list(s)[:2])

class Counter(dict):
    def __missing__(self, key):
        return 0
    def inc(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for w in "a b a c a".split():
    c.inc(w)
print(c, len(c), c['a'], sorted(c.items()), list(c.keys()))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), len(n), n + "x", n == "bob", f"{n:>5}", repr(n), hash(n) == hash("bob"))

class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(m, m * 2, repr(m), m > 1)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, p[1], len(p), p == (1, 2), isinstance(p, tuple))

class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i, i.double(), i + 1, i == 21, str(i), f"{i:05d}", type(i + 1).__name__)

class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
d = D(a=1, b=2)
print(d, d.extra, d['b'])
