# Members with methods, properties, custom __new__/__init__, _missing_,
# members named like attributes, and __init_subclass__.
from enum import Enum, IntEnum, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, p.mass, round(p.surface_gravity, 2))
print(Planet((5.976e+24, 6.37814e6)), repr(Planet.EARTH))


class Coordinate(bytes, Enum):
    """A bytes-based enum with a custom __new__ and extra attributes."""

    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')


print(str(Coordinate.PY), Coordinate.VX.label, Coordinate.VX.unit, Coordinate(1), Coordinate.PX.value)
print(Coordinate.__doc__)


class Ordinal(int, Enum):
    def __new__(cls, value, text):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.text = text
        return obj

    FIRST = 1, 'first'
    SECOND = 2, 'second'


print(repr(Ordinal.FIRST), Ordinal.SECOND.text, Ordinal(2), Ordinal.FIRST + 10)


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    CIRCLE = 0

    def describe(self):
        return f'{self.name.lower()} with {self.value} corners'

    @classmethod
    def most_corners(cls):
        return max(cls, key=lambda s: s.value)

    @staticmethod
    def helper(x):
        return x * 2

    def __str__(self):
        return f'Shape<{self.name}>'


print(Shape.SQUARE.describe(), Shape.most_corners(), Shape.helper(21), str(Shape.CIRCLE), repr(Shape.CIRCLE))
print(f'{Shape.TRIANGLE}', [m for m in dir(Shape.SQUARE) if not m.startswith('_')])


# _missing_ gives another chance to find a member.
class Answer(Enum):
    YES = 'yes'
    NO = 'no'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            lowered = value.strip().lower()
            for member in cls:
                if member.value == lowered or member.value[0] == lowered:
                    return member
        return None


print(Answer('YES'), Answer(' n '), Answer('no'))
try:
    Answer('maybe')
except ValueError as e:
    print(type(e).__name__, e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'not a member'


try:
    Broken(2)
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)


class Raising(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raising(5)
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)


# Members named like the name/value properties.
class Field(Enum):
    name = 'the name'
    value = 'the value'
    other = 3


print(Field.name, repr(Field.value), Field.name.name, Field.name.value, Field.value.value)
print(Field.other.name, Field.other.value, list(Field))


# Members carrying state in __init__ with auto().
class Task(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    def __init__(self, number):
        self.label = self.name.replace('_', ' ').title()
        self.number = number

    def next(self):
        members = list(type(self))
        index = members.index(self)
        return members[min(index + 1, len(members) - 1)]


t = Task.TODO
while True:
    print(t.label, t.number, t.value)
    if t.next() is t:
        break
    t = t.next()


# __init_subclass__ sees the finished members.
class Registered(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print('registered', cls.__name__, [m.name for m in cls])


class Fruit(Registered):
    APPLE = 1
    PEAR = 2


# Members can hold mutable, unhashable values.
class Config(Enum):
    SMALL = [1, 2]
    LARGE = [10, 20]


print(Config([10, 20]), Config.SMALL.value, Config._unhashable_values_)
try:
    Config([3])
except ValueError as e:
    print(type(e).__name__, e)
