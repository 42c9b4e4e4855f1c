# auto(), _generate_next_value_, unique/verify, _order_, _ignore_,
# member() and nonmember().
from enum import Enum, IntEnum, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()
    FRIDAY = auto()


print(list(Weekday))
print(repr(auto()), repr(auto(5)))


class Start(IntEnum):
    A = 5
    B = auto()
    C = auto()


print([int(m) for m in Start])


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f'{name.lower()}-{count}'

    ALPHA = auto()
    BETA = auto()
    GAMMA = 'explicit'
    DELTA = auto()


print([m.value for m in Name])


class Lower(StrEnum):
    NORTH = auto()
    SOUTH = auto()
    EAST = 'e'


print([m.value for m in Lower], Lower.NORTH == 'north')


# auto() inside a tuple value.
class Pairs(Enum):
    FIRST = auto(), 'one'
    SECOND = auto(), 'two'


print(Pairs.FIRST.value, Pairs.SECOND.value)


# auto() with an explicit value.
class Explicit(Enum):
    X = auto(100)
    Y = auto()


print(Explicit.X.value, Explicit.Y.value)


# unique refuses aliases.
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))

try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        B = 2
        E = 5
except ValueError as e:
    print(type(e).__name__, e)


@verify(UNIQUE, CONTINUOUS)
class Good(IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Good))


# _order_ is checked against the definition order.
class Ordered(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3


print(list(Ordered), hasattr(Ordered, '_order_'))

try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)


# _ignore_ removes temporary names.
class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['DAY_%d' % i] = i


print(list(Period), hasattr(Period, 'i'))


# member() and nonmember().
class Config(Enum):
    DEBUG = 1
    RELEASE = 2
    default_level = nonmember(3)

    @member
    def helper():
        return 'helper'


print([m.name for m in Config], Config.default_level, Config.helper.value())

try:
    class Reserved(Enum):
        _secret_ = 1
except ValueError as e:
    print(type(e).__name__, e)

try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print(type(e).__name__, e)

try:
    class BadName(Enum):
        mro = 1
except ValueError as e:
    print(type(e).__name__, e)


# Private names stay plain attributes.
class Secret(Enum):
    A = 1
    __hidden = 'x'


print(list(Secret), Secret._Secret__hidden)
