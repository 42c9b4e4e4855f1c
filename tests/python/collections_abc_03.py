# collections.abc: building containers from the mixin methods.
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping

class Squares(Sequence):
    """The first n square numbers."""
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("index out of range")
        return i * i

sq = Squares(6)
print(list(sq), sq[2], sq[-1], sq[1:4], len(sq))
print(16 in sq, 15 in sq, sq.index(9), sq.count(4), list(reversed(sq)))
try:
    sq.index(7)
except ValueError:
    print("ValueError from index")
print(sq.index(16, 2), sq.index(16, -3))
try:
    sq.index(0, 1, 3)
except ValueError:
    print("not in slice")
print(isinstance(sq, Sequence), min(sq), max(sq), sorted(sq, reverse=True)[:2])

class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)
    def _check(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        return value
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, value):
        self._items[i] = self._check(value)
    def __delitem__(self, i):
        del self._items[i]
    def insert(self, i, value):
        self._items.insert(i, self._check(value))
    def __repr__(self):
        return f"TypedList({self.kind.__name__}, {self._items})"

t = TypedList(int, [3, 1, 2])
t.append(5)
t.extend([7, 8])
t += [9]
print(t, len(t), t[0], t.pop(), t.pop(0), t)
t.reverse()
t.remove(5)
print(t, t.index(7), 2 in t)
try:
    t.append("x")
except TypeError as e:
    print("TypeError:", e)
try:
    t.remove(100)
except ValueError:
    print("ValueError from remove")
t.extend(t)
print(t)
t.clear()
print(t, len(t))
try:
    t.pop()
except IndexError:
    print("IndexError from pop")

class Registry(Mapping):
    def __init__(self, **entries):
        self._data = dict(entries)
    def __getitem__(self, key):
        return self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

r = Registry(a=1, b=2)
print(r["a"], r.get("z"), r.get("z", 0), "a" in r, "z" in r, len(r))
print(list(r.keys()), list(r.values()), list(r.items()))
print(type(r.keys()).__name__, r == {"a": 1, "b": 2}, r == {"a": 1}, r != {"b": 2, "a": 1})
print(r.keys() & {"a", "q"}, r.items() - {("a", 1)}, ("b", 2) in r.items(), 2 in r.values())
print(dict(r), sorted(r.keys() | ["c"]))
try:
    reversed(r)
except TypeError as e:
    print("TypeError:", e)

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
        self.log = []
    def __getitem__(self, key):
        return self._d[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self._d[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self._d[key]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

s = Store()
s.update({"x": 1}, y=2)
s.update([("z", 3)])
print(dict(s), s.setdefault("x", 100), s.setdefault("w", 0), s.pop("y"), s.pop("q", None))
print(s.popitem(), dict(s))
try:
    s.pop("missing")
except KeyError as e:
    print("KeyError", e)
s.clear()
print(dict(s), s.log)
try:
    s.popitem()
except KeyError:
    print("KeyError from popitem")
