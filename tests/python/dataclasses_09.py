# slots=True, recursive reprs, mutable-default errors, descriptors as
# defaults, and other corner cases.
from dataclasses import dataclass, field, fields, FrozenInstanceError


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v, v.norm2(), Vec.__slots__, hasattr(v, '__dict__'))
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__)
v.x = 6
print(v, Vec.__qualname__, Vec.__init__.__qualname__)


@dataclass(slots=True)
class Vec3(Vec):
    z: float = 0.0


print(Vec3(1, 2, 3), Vec3.__slots__)


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int
    b: str = 'b'
    c: list = field(default_factory=list, compare=False)
    d: int = field(default=5, init=False)


fs = FrozenSlots(1)
print(fs, fs.d, hash(fs) == hash(FrozenSlots(1, 'b', [1])), FrozenSlots.__slots__)
print(fs.__getstate__())
try:
    fs.a = 2
except FrozenInstanceError as e:
    print(e)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(type(e).__name__, e)


# Recursive structures print "..." instead of recursing forever.
@dataclass
class Tree:
    label: str
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Tree('root')
kid = Tree('kid', parent=root)
root.children.append(kid)
kid.children.append(root)
print(root)


@dataclass
class Link:
    value: int
    next: object = None


a = Link(1)
b = Link(2, a)
a.next = b
print(a)
print(b)
print(Link(3, Link(4, Link(5))))

# Mutable defaults are refused.
for default in ([], {}, set(), bytearray()):
    try:
        @dataclass
        class Bad:
            x: object = default
    except ValueError as e:
        print(type(e).__name__, e)


class Unhashable:
    __hash__ = None


try:
    @dataclass
    class BadCustom:
        u: Unhashable = Unhashable()
except ValueError as e:
    print(type(e).__name__, e)


# Hashable but mutable user objects are allowed (and shared).
class Shared:
    def __init__(self):
        self.n = 0


@dataclass
class UsesShared:
    s: Shared = Shared()


u1, u2 = UsesShared(), UsesShared()
u1.s.n += 1
print(u2.s.n, u1.s is u2.s)

# Tuples and frozensets are fine.
@dataclass
class Immutables:
    t: tuple = (1, 2)
    fz: frozenset = frozenset({3})


print(Immutables())


# A descriptor as a field default: __set_name__ still reaches it.
class Upper:
    def __set_name__(self, owner, name):
        self.private = '_' + name
        print('set_name', owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'default'
        return getattr(obj, self.private, 'default')

    def __set__(self, obj, value):
        setattr(obj, self.private, str(value).upper())


@dataclass
class Labelled:
    label: Upper = Upper()


lab = Labelled('hello')
print(lab, Labelled(), lab._label)


@dataclass
class WithField:
    name: Upper = field(default=Upper())


print(WithField('x'))


# Properties and methods next to fields.
@dataclass
class Celsius:
    degrees: float

    @property
    def fahrenheit(self):
        return self.degrees * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0.0)

    @staticmethod
    def describe():
        return 'temperature'


print(Celsius.freezing(), Celsius(100).fahrenheit, Celsius.describe())


# repr=False hides fields; the class name comes from __qualname__.
class Outer:
    @dataclass
    class Inner:
        secret: str = field(repr=False, default='s')
        shown: int = 1


print(Outer.Inner(), Outer.Inner.__qualname__, Outer.Inner.__repr__.__qualname__)


@dataclass(repr=False, eq=False)
class Bare:
    a: int


b1 = Bare(1)
print(Bare(1) == Bare(1), b1 == b1, repr(b1).startswith('<__main__.Bare object at'))


@dataclass(init=False)
class NoInit:
    a: int = 1
    b: int = 2


ni = NoInit()
print(ni, NoInit.__doc__)
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
