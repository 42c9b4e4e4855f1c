# BINARY_SUBSCR, STORE_SUBSCR and CONTAINS_OP specialized for lists,
# tuples, dicts and sets must fall back for subclasses, odd keys and
# errors, with CPython's results and messages.


class L(list):
    def __getitem__(self, i):
        return ("L", i)


class D(dict):
    def __missing__(self, k):
        return ("missing", k)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v or other == self.v


def get(c, keys):
    out = []
    for k in keys:
        try:
            out.append(c[k])
        except (IndexError, KeyError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(get([10, 20, 30], [0, 1, -1, 2, 3, -4, True, "x"]))
print(get((10, 20, 30), [0, -1, 5]))
print(get(L([1, 2]), [0, 1]))
print(get({"a": 1, 2: "two", 1.0: "float one"}, ["a", 2, 1, True, "b", 1.5]))
print(get(D(a=1), ["a", "zz"]))
print(get({K(1): "k1", "s": 2}, [1, K(1), "s", "t"]))
print(get("hello", [0, -1, 9]))

# One site sees many container kinds.
for c in ([1, 2, 3], (4, 5, 6), {0: "d0", 1: "d1"}, range(7, 10), "abc", L([0]), D()):
    print(type(c).__name__, get(c, [0, 1]))


def put(c, items):
    for k, v in items:
        try:
            c[k] = v
        except (IndexError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    return c


print(put([0, 0, 0], [(0, "a"), (-1, "z"), (5, "x"), (1, "b")]))
print(put({}, [("a", 1), (2, 2), (2.0, "float"), (True, "bool"), ("a", 3)]))
print(sorted(put(D(), [("x", 1), ("y", 2)]).items()))
print([(k.v, v) for k, v in put({K(3): 0}, [(3, "int 3 equals K(3)"), (K(3), "again")]).items()])


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


holder = [None]
for i in range(3):
    holder[0] = Noisy(i)
    print("stored", i)
holder[0] = None
d = {}
for i in range(3):
    d["k"] = Noisy(10 + i)
    print("stored", 10 + i)
d.clear()


def member(c, keys):
    return [k in c for k in keys] + [k not in c for k in keys]


print(member({"a": 1, 2: 0}, ["a", 2, 2.0, "b", 3]))
print(member({1, "x", 3.0}, [1, 1.0, True, "x", 3, "y"]))
print(member(frozenset({1, 2}), [1, 5]))
print(member({K(1)}, [1, K(1), 2]))
print(member([1, 2, 3], [2, 5]))
print(member("hello", ["ell", "z"]))
try:
    print([[1] in {1: 2}])
except TypeError as e:
    print("TypeError:", e)
try:
    print({}[[1]])
except TypeError as e:
    print("TypeError:", e)
