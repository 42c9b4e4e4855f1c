print((7).__add__(1), [1].__len__(), int.__add__(1, 2), str.__len__("abc"), (1).__hash__(), "a".__hash__() == hash("a"))
print(int.__add__(1, "a"), (2.5).__floordiv__(1), (5).__rsub__(1), "ab".__mul__(2), [1,2].__getitem__(0), {1:2}.__contains__(1))
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = LowerDict(); d["A"] = 1; print(d)
class L(list):
    def __len__(self):
        return super().__len__() * 10
    def __getitem__(self, i):
        return ("got", super().__getitem__(i))
l = L([1, 2]); print(len(l), l[0], l)
class I(int):
    def __add__(self, o):
        return I(super().__add__(o) * 2)
print(I(3) + 4, type(I(3) + 4).__name__)
class S(str):
    def __contains__(self, x):
        return super().__contains__(x.lower())
print("a" in S("abc"), "A" in S("abc"))
print(hasattr([], "__iter__"), hasattr(5, "__iter__"), hasattr({}, "__getitem__"), [].__hash__, hash((1, 2)) == (1, 2).__hash__())
try:
    hash(L())
except TypeError as e:
    print(e)
x = [1]
print(x.__iadd__([2]) is x, x, (3).__round__(), (2.567).__round__(2), (7).__divmod__(2), 5 .__index__())
print(int.__lt__(1, 2), float.__eq__(1.0, 1), str.__lt__("a", 1), set.__or__({1}, {2}), frozenset.__and__(frozenset({1, 2}), {2}))
print((-3).__abs__(), (3).__neg__(), (3).__invert__(), (0).__bool__(), (2.0).__int__(), (2).__float__(), repr((1.5).__repr__()))
# type(name, bases, namespace)
Point = type("Point", (), {"x": 1, "norm": lambda self: self.x * 2})
p = Point()
print(Point.__name__, Point.__qualname__, Point.__module__, p.x, p.norm(), type(p) is Point)
Sub = type("Sub", (Point,), {"y": 2})
print(Sub.__mro__, Sub().norm(), isinstance(Sub(), Point))
Meta = type("Meta", (type,), {"tag": "m"})
K = Meta("K", (), {})
print(type(K).__name__, K.tag)
for bad in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
