# LOAD_ATTR for class attributes and properties: the cache must notice
# instance dicts that shadow, class changes, and getters of other shapes.


class Shape:
    kind = "shape"
    sides = 0
    unit = None

    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r


def kinds(objs):
    return [(o.kind, o.sides, o.unit) for o in objs]


def diameters(objs):
    out = []
    for o in objs:
        try:
            out.append(o.diameter)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


shapes = [Shape(i) for i in range(4)]
print(kinds(shapes))
print(diameters(shapes))

# An instance dict shadows the class attribute (not the property).
shapes[2].kind = "own"
shapes[2].__dict__["diameter"] = "ignored"
print(kinds(shapes))
print(diameters(shapes))

# The class attribute and the property change.
Shape.kind = "changed"
Shape.sides = 3.5
print(kinds(shapes))
Shape.diameter = property(lambda self, *rest: -self.r)
print(diameters(shapes))
Shape.diameter = property(lambda self: 1 / (self.r - 1))
print(diameters(shapes))
Shape.diameter = property(None)
print(diameters(shapes))
del Shape.diameter
print(diameters(shapes))


# A getter that raises, recursion through properties.
class Chain:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Chain(self.n - 1).depth


print(Chain(50).depth)
try:
    Chain(100000).depth
except RecursionError as e:
    print("RecursionError:", e)


# A subclass overrides the class attribute with a method, a descriptor.
class Sub(Shape):
    def kind(self):
        return "method"


class Desc:
    def __get__(self, obj, cls):
        return ("desc", obj is not None)


class Sub2(Shape):
    kind = Desc()


for objs in ([Sub(1), Shape(2)], [Sub2(1)], [Shape(3)]):
    out = []
    for o in objs:
        k = o.kind
        out.append(k() if callable(k) else k)
    print(out)


# Class attributes that are classes, tuples and builtins.
class Holder:
    inner = Shape
    pair = (1, 2)
    fn = len
    count = 0


hs = [Holder() for _ in range(3)]
for h in hs * 3:
    Holder.count += 1
print([(h.inner.__name__, h.pair, h.fn("abc"), h.count) for h in hs])

# __class__ and __dict__ as class attributes.
class Odd:
    __slots__ = ()
    label = "odd"


print([o.label for o in [Odd(), Odd()]], Odd().__class__.__name__)
