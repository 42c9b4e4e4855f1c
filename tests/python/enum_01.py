# Basic Enum behaviour: members, lookup, iteration, reprs and errors.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(f'{Color.GREEN}', format(Color.BLUE, '>12') + '|', '%s' % Color.RED)
print(type(Color.RED), isinstance(Color.RED, Color), type(Color.RED) is Color)
print(Color(1), Color(3), Color['GREEN'], Color(Color.BLUE))
print(getattr(Color, 'BLUE'), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(list(reversed(Color)))
print([m.name for m in Color])
print(list(Color.__members__), Color.__members__['CRIMSON'])
print([(name, m.value) for name, m in Color.__members__.items()])
print(Color.RED in Color, Color.CRIMSON in Color)
print(repr(Color), str(Color), Color.__name__, bool(Color))

# Identity and hashing.
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED == 1, hash(Color.RED) == hash('RED'))
paint = {Color.RED: 'warm', Color.BLUE: 'cold'}
print(paint[Color.CRIMSON], paint[Color(3)], Color.GREEN in paint)
print(sorted(Color, key=lambda c: c.name))
print(sorted(Color, key=lambda c: -c.value))

# Errors.
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color('RED')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color()
except TypeError as e:
    print(type(e).__name__, e)

# Members are singletons, even through copy-like operations.
print(Color.RED.__class__(1) is Color.RED, Color.RED.__reduce_ex__(4))

# An empty Enum can be subclassed; it has no members.
class Base(Enum):
    def describe(self):
        return f'{self.name.lower()}={self.value}'


class Size(Base):
    SMALL = 's'
    LARGE = 'l'


print(Size.SMALL.describe(), list(Base), len(Base), Size('l'))
try:
    Base(1)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

print(Color._member_names_, Color._value2member_map_)
print(Size._member_map_)
print(Color.__members__)
