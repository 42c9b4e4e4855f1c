# Subclassing rules, mixins and definition errors.
from enum import Enum, IntEnum, StrEnum, Flag, ReprEnum, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    class MoreColor(Color):
        BLUE = 3
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Empty(Color):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print(EnumMeta is EnumType, type(Color) is EnumType, isinstance(Color, EnumMeta))
print(issubclass(IntEnum, Enum), issubclass(IntEnum, int), IntEnum.__mro__)
print(Color.__mro__, ReprEnum.__mro__)


# Methods come from an empty base enum; a mixin gives behaviour too.
class Describable:
    def describe(self):
        return f'{type(self).__name__}:{self.name}'


class Base(Describable, Enum):
    def shout(self):
        return self.name.upper() + '!'


class Mood(Base):
    happy = 1
    sad = 2


print(Mood.happy.describe(), Mood.sad.shout(), repr(Mood.happy))


# A data-type mixin.
class FloatEnum(float, Enum):
    HALF = 0.5
    QUARTER = 0.25


print(repr(FloatEnum.HALF), str(FloatEnum.HALF), FloatEnum.HALF * 4, FloatEnum.QUARTER < FloatEnum.HALF)


class FloatRepr(float, ReprEnum):
    ONE = 1.0


print(repr(FloatRepr.ONE), str(FloatRepr.ONE), f'{FloatRepr.ONE:.2f}')

try:
    class NoType(ReprEnum):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)

try:
    class WrongOrder(Enum, int):
        A = 1
except TypeError as e:
    print(type(e).__name__, e)

try:
    class TwoTypes(int, str, Enum):
        A = 1
except TypeError as e:
    # (the message ends with a set of the types, in no fixed order)
    print(type(e).__name__, str(e).split(':')[0])

# Reassigning or deleting members.
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.GREEN
except AttributeError as e:
    print(type(e).__name__, e)
print(list(Color))

# New non-member attributes may be set on the class.
Color.extra = 'ok'
print(Color.extra)

# Missing attributes.
try:
    Color.BLUE
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.missing
except AttributeError as e:
    print(type(e).__name__, e)

# Containment with non-members.
print(Color.RED in Color, Mood.happy in Color)

# Enum classes are iterable containers but members are not callable.
try:
    Color.RED()
except TypeError as e:
    print(type(e).__name__, e)

print(dir(Color))
print(dir(Color.RED))
print(Color.RED.__class__.__name__, Color.__class__.__name__)
