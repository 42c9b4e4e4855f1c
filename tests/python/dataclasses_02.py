# Frozen dataclasses and the __hash__ rules.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    label: str = field(default='', compare=False)


c = Coord(51.5, -0.12, 'London')
print(c, hash(c) == hash(Coord(51.5, -0.12, 'elsewhere')))
print(c == Coord(51.5, -0.12))
for action in ('assign', 'assign-new', 'delete'):
    try:
        if action == 'assign':
            c.lat = 0
        elif action == 'assign-new':
            c.altitude = 10
        else:
            del c.lon
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(c)
seen = {c: 'first'}
seen[Coord(51.5, -0.12)] = 'second'
print(len(seen), seen[c])
print(Coord.__setattr__.__qualname__, Coord.__delattr__.__qualname__, Coord.__hash__.__qualname__)


# The hash table: (unsafe_hash, eq, frozen) without an explicit __hash__.
def hash_kind(cls):
    h = cls.__dict__.get('__hash__', 'inherited')
    if h is None:
        return 'None'
    if h == 'inherited':
        return h
    return 'generated' if h.__qualname__ == cls.__qualname__ + '.__hash__' else 'other'


for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            @dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)
            class C:
                i: int
            print(unsafe_hash, eq, frozen, hash_kind(C))


# Explicit __hash__ is kept, unless unsafe_hash asks for a new one.
@dataclass
class WithHash:
    i: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)), hash_kind(WithHash))


@dataclass(frozen=True)
class FrozenWithHash:
    i: int

    def __hash__(self):
        return 7


print(hash(FrozenWithHash(1)))

try:
    @dataclass(unsafe_hash=True)
    class Bad:
        i: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)


# __eq__ defined without __hash__ makes __hash__ None: not explicit.
@dataclass(eq=False)
class OwnEq:
    i: int

    def __eq__(self, other):
        return True


print(OwnEq.__hash__, OwnEq(1) == OwnEq(2))

try:
    hash(Coord(1, 2).__class__.__mro__ and Coord(1, [2]))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Mutable:
    x: int


try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(unsafe_hash=True)
class Tagged:
    name: str
    tags: tuple = ()
    note: str = field(default='', hash=False)
    weight: int = field(default=0, compare=False)
    key: int = field(default=0, compare=False, hash=True)


t1 = Tagged('a', ('x',), 'n1', 5, 1)
t2 = Tagged('a', ('x',), 'n2', 6, 1)
print(hash(t1) == hash(('a', ('x',), 1)), hash(t1) == hash(t2), t1 == t2)

# Inheritance between frozen and non-frozen dataclasses.
try:
    @dataclass
    class Thawed(Coord):
        extra: int = 0
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(frozen=True)
    class Frosted(Mutable):
        extra: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(frozen=True)
class Coord3(Coord):
    alt: float = 0.0


c3 = Coord3(1.0, 2.0, 'x', 3.0)
print(c3)
try:
    c3.alt = 5
except FrozenInstanceError as e:
    print(e)


# A plain subclass of a frozen class may set new attributes, not fields.
class Sub(Coord):
    pass


s = Sub(1, 2)
s.note = 'ok'
print(s.note)
try:
    s.lat = 9
except FrozenInstanceError as e:
    print(e)


# Frozen with a __post_init__ computing a field via object.__setattr__.
@dataclass(frozen=True)
class Rect:
    w: int
    h: int
    area: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'area', self.w * self.h)


r = Rect(3, 4)
print(r, r.area)

try:
    @dataclass(frozen=True)
    class OwnSet:
        x: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print(type(e).__name__, e)
