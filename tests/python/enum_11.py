# Errors detected while the class body runs (member names reused, members
# hiding methods), plus global_enum and pickling-related helpers.
import sys
from enum import Enum, IntEnum, IntFlag, auto, global_enum, nonmember, show_flag_values


try:
    class Twice(Enum):
        RED = 1
        RED = 2
except TypeError as e:
    print(type(e).__name__, e)

try:
    class MethodThenMember(Enum):
        def shade(self):
            return 1
        shade = 5
except TypeError as e:
    print(type(e).__name__, str(e).split(' at 0x')[0])

try:
    class MemberThenMethod(Enum):
        shade = 5

        def shade(self):
            return 1
except TypeError as e:
    print(type(e).__name__, e)

try:
    class IgnoreLate(Enum):
        A = 1
        _ignore_ = ['A']
except ValueError as e:
    print(type(e).__name__, e)


# Aliases are allowed; reusing a name is not.
class Ok(Enum):
    A = 1
    B = 1


print(list(Ok), Ok.B)


@global_enum
class Mode(IntEnum):
    FAST = 1
    SLOW = 2


print(repr(Mode.FAST), str(Mode.SLOW), FAST is Mode.FAST, SLOW)


@global_enum
class Opt(IntFlag):
    LOW = 1
    HIGH = 2


print(repr(Opt.LOW), repr(Opt.LOW | Opt.HIGH), repr(Opt(5)), repr(Opt(0)), LOW)


@global_enum
class Plain(Enum):
    ONE = 1


print(repr(ONE), str(ONE))

# Members copy as themselves and reduce to a lookup by value.
import copy
print(copy.copy(Mode.FAST) is Mode.FAST, copy.deepcopy([Ok.A])[0] is Ok.A)
print(Ok.A.__reduce_ex__(2))

print(show_flag_values(13), show_flag_values(0))


# Nested helpers in a class body: nonmember keeps a constant out.
class Tier(Enum):
    BRONZE = 1
    SILVER = 2
    GOLD = 3
    LIMIT = nonmember(3)

    def __lt__(self, other):
        if type(other) is not Tier:
            return NotImplemented
        return self.value < other.value


print(sorted([Tier.GOLD, Tier.BRONZE, Tier.SILVER]), Tier.LIMIT, len(Tier))
try:
    Tier.GOLD < 1
except TypeError as e:
    print(type(e).__name__, e)
print(Tier.GOLD > Tier.SILVER)
