# CALL on a class (CALL_ALLOC_AND_INIT): a new instance and its __init__,
# until the class changes in a way the cache cannot follow.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(cls, n):
    out = []
    for i in range(n):
        out.append(cls(i, i * 2))
    return out


ps = make(Point, 50)
print(len(ps), ps[-1].x, ps[-1].y, type(ps[0]).__name__)


# __init__ replaced by one of another arity, then with defaults.
def init3(self, x, y, z):
    self.x = x + y + z


Point.__init__ = init3
try:
    make(Point, 3)
except TypeError as e:
    print("TypeError:", e)


def init_default(self, x, y, z=100):
    self.x = x + y + z


Point.__init__ = init_default
print(make(Point, 5)[-1].x)


# __new__ appears.
def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


Point.__new__ = new
Point.__init__ = lambda self, x, y: setattr(self, "x", -x)
print(make(Point, 2)[-1].x)


class Point:
    def __init__(self, x, y):
        self.x = -x


# __init__ that returns a value.
class Bad:
    def __init__(self, a, b):
        return a


for _ in range(3):
    try:
        Bad(1, 2)
    except TypeError as e:
        print("TypeError:", e)


# The same call site sees a subclass, a class with a metaclass, an
# abstract class, and a non-class.
class Sub(Point):
    pass


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x, y):
        self.x = x


import abc


class Abstract(abc.ABC):
    def __init__(self, x, y):
        self.x = x

    @abc.abstractmethod
    def f(self):
        pass


for cls in [Point, Sub, WithMeta, Abstract, Point, lambda a, b: ("lambda", a, b)]:
    try:
        r = make(cls, 2)[-1]
        print(type(r).__name__, getattr(r, "x", r))
    except TypeError as e:
        print("TypeError:", e)


# An exception inside __init__ keeps its traceback through the call.
class Fails:
    def __init__(self, a, b):
        if a > 20:
            raise ValueError("too big: %d" % a)
        self.a = a


try:
    make(Fails, 25)
except ValueError as e:
    print("ValueError:", e)


# Deep recursion through instantiation.
class Node:
    def __init__(self, depth, _):
        self.child = Node(depth + 1, None) if depth < 5000 else None


try:
    Node(0, None)
except RecursionError as e:
    print("RecursionError:", e)

# Slots classes.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = make(Slotted, 10)[-1]
print(s.a, s.b, hasattr(s, "__dict__"))
