# the numbers module: the numeric tower, registration, abstract methods
import numbers
from fractions import Fraction

for value in [1, True, 2.5, 1j, Fraction(1, 3), "1", None]:
    print(repr(value), [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real,
                                                 numbers.Rational, numbers.Integral)
                        if isinstance(value, cls)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number),
      issubclass(numbers.Integral, numbers.Real), issubclass(Fraction, numbers.Rational))
print(numbers.__all__)
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__), sorted(numbers.Integral.__abstractmethods__)[:5])

for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    try:
        cls()
        print(cls.__name__, "instantiated")
    except TypeError as exc:
        print(cls.__name__, "TypeError", str(exc).split(" with")[0])
print(numbers.Number.__hash__, numbers.Number.__slots__)


class Money(numbers.Integral):
    """Whole cents; the ABC supplies the derived operations."""

    def __init__(self, cents):
        self.cents = int(cents)

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __int__(self):
        return self.cents

    def __index__(self):
        return self.cents

    def __abs__(self):
        return Money(abs(self.cents))

    def __add__(self, other):
        return Money(self.cents + int(other))

    __radd__ = __add__

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return Money(self.cents)

    def __mul__(self, other):
        return Money(self.cents * int(other))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return self.cents / int(other)

    def __rtruediv__(self, other):
        return int(other) / self.cents

    def __floordiv__(self, other):
        return Money(self.cents // int(other))

    def __rfloordiv__(self, other):
        return Money(int(other) // self.cents)

    def __mod__(self, other):
        return Money(self.cents % int(other))

    def __rmod__(self, other):
        return Money(int(other) % self.cents)

    def __pow__(self, exponent, modulus=None):
        return Money(pow(self.cents, int(exponent), modulus))

    def __rpow__(self, base):
        return Money(int(base) ** self.cents)

    def __lt__(self, other):
        return self.cents < int(other)

    def __le__(self, other):
        return self.cents <= int(other)

    def __eq__(self, other):
        return self.cents == int(other)

    def __hash__(self):
        return hash(self.cents)

    def __trunc__(self):
        return self.cents

    def __floor__(self):
        return self.cents

    def __ceil__(self):
        return self.cents

    def __round__(self, ndigits=None):
        return Money(self.cents)

    def __lshift__(self, other):
        return Money(self.cents << int(other))

    def __rlshift__(self, other):
        return Money(int(other) << self.cents)

    def __rshift__(self, other):
        return Money(self.cents >> int(other))

    def __rrshift__(self, other):
        return Money(int(other) >> self.cents)

    def __and__(self, other):
        return Money(self.cents & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        return Money(self.cents ^ int(other))

    __rxor__ = __xor__

    def __or__(self, other):
        return Money(self.cents | int(other))

    __ror__ = __or__

    def __invert__(self):
        return Money(~self.cents)


m = Money(250)
print(m, m + 50, 3 * m, m - Money(50), 1000 - m, divmod(m, 7), float(m), m.numerator, m.denominator)
print(m.real, m.imag, m.conjugate(), complex(m), bool(Money(0)), bool(m), m.__index__(), [10, 20, 30][Money(1)])
print(isinstance(m, numbers.Real), Fraction(m), Fraction(m, Money(100)), m == 250, m < 300)


class Incomplete(numbers.Real):
    def __float__(self):
        return 1.0


try:
    Incomplete()
except TypeError as exc:
    print("TypeError", str(exc).split(" with")[0])


class Meters:
    def __init__(self, value):
        self.value = value


numbers.Real.register(Meters)
print(isinstance(Meters(3), numbers.Real), isinstance(Meters(3), numbers.Rational), issubclass(Meters, numbers.Number))
