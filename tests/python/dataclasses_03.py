# order=True: generated comparison methods, sorting, and the errors that
# come from comparing different classes.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)

    def __str__(self):
        return f'{self.major}.{self.minor}.{self.patch}{self.label}'


versions = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, '-rc1'),
            Version(1, 2), Version(2), Version(1, 2, 3, '-post')]
print([str(v) for v in sorted(versions)])
print(max(versions), min(versions))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(Version(1, 2, 3, 'x') == Version(1, 2, 3, 'y'), Version(1, 2, 3, 'x') <= Version(1, 2, 3, 'y'))
print(Version.__lt__.__qualname__, Version.__ge__.__qualname__)


@dataclass(order=True)
class Other:
    major: int
    minor: int = 0
    patch: int = 0


for op in ('<', '<=', '>', '>='):
    try:
        print(eval(f'a {op} Other(1, 2)'))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(eval(f'a {op} (1, 2, 0)'))
    except TypeError as e:
        print(type(e).__name__, e)

print(a == Other(1, 2), a.__lt__(Other(1, 2)))


# Subclass instances are not the same class either.
@dataclass(order=True)
class Sub(Version):
    pass


try:
    print(Version(1) < Sub(2))
except TypeError as e:
    print(type(e).__name__, e)
print(Sub(1) < Sub(2), Sub(3) == Sub(3), Sub(3) == Version(3))


# Without order=True there is no ordering.
@dataclass
class Plain:
    v: int


try:
    Plain(1) < Plain(2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        v: int
except ValueError as e:
    print(type(e).__name__, e)

try:
    @dataclass(order=True)
    class HasLt:
        v: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)


# Comparison is element by element on the fields in order.
@dataclass(order=True)
class Card:
    rank: int
    suit: str

    def __repr__(self):
        return f'{self.rank}{self.suit}'


hand = [Card(10, 'h'), Card(2, 's'), Card(10, 'c'), Card(14, 'd'), Card(2, 'c')]
hand.sort()
print(hand)
hand.sort(reverse=True)
print(hand)
print(sorted(hand, key=lambda c: c.suit))


# Fields that are themselves unorderable only fail when reached.
@dataclass(order=True)
class Box:
    size: int
    content: object = None


print(Box(1, 'a') < Box(2, 3))
try:
    print(Box(1, 'a') < Box(1, 3))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Nothing:
    pass


print(Nothing() < Nothing(), Nothing() <= Nothing(), Nothing() == Nothing())


# A hand-written ordering method next to the generated __eq__.
@dataclass
class Money:
    cents: int

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents


print(Money(5) < Money(7), Money(7) > Money(5), Money(5) == Money(5))
try:
    Money(5) <= Money(7)
except TypeError as e:
    print(type(e).__name__, e)
