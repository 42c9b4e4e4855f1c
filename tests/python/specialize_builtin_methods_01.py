# LOAD_ATTR on builtin objects pushes the builtin method with self, and
# CALL_BUILTIN calls it on the stack's arguments: subclasses, other types
# at the same site, unbound calls and errors must all behave as before.


class MyList(list):
    def append(self, x):
        super().append(("wrapped", x))


class Plain(list):
    pass


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


print(fill([], 5))
print(fill(MyList(), 3))
print(fill(Plain(), 3), type(fill(Plain(), 1)).__name__)


class Appender:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(-x)


print(fill(Appender(), 4).items)
print(fill([], 2))


# One site, many receiver types.
def describe(objs):
    out = []
    for o in objs:
        try:
            out.append(o.count(1))
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(describe([[1, 1, 2], (1, 2, 1, 1), "1121", b"\x01\x01", [1], {1: 2}, 5, Plain([1, 1])]))

# Unbound builtin methods called on subclass instances go the generic way.
p = Plain([3, 1, 2])
for _ in range(5):
    list.append(p, 9)
    list.sort(p)
print(p, list.__len__(p), dict.get({"a": 1}, "a"), str.upper("abc"))


class D(dict):
    def get(self, k, default=None):
        return ("D.get", k)


def lookups(d, keys):
    return [d.get(k, 0) for k in keys]


print(lookups({"a": 1}, "abab"))
print(lookups(D(a=1), "ab"))
print(lookups({"b": 2}, "ab"))

# Errors from specialized method calls.
def bad(xs):
    out = []
    for x in xs:
        try:
            out.append(x.index(99))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    return out


print(bad([[1], [99], (99,), "x99"]))
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError:", e)

# Strings and dicts in a tight loop.
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words * 20:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items())[:4], " ".join(w.upper() for w in words[:3]).lower())
