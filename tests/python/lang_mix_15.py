# A Fraction-like class with reflected operators, comparisons, hashing and conversions
import math


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num = num // g
        self.den = den // g

    @staticmethod
    def coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return NotImplemented

    def __add__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return self + Frac(-other.num, other.den)

    def __rsub__(self, other):
        return Frac.coerce(other) - self

    def __mul__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Frac.coerce(other) / self

    def __pow__(self, n):
        if n < 0:
            return Frac(self.den ** -n, self.num ** -n)
        return Frac(self.num ** n, self.den ** n)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return (self.num, self.den) == (other.num, other.den)

    def __lt__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        other = Frac.coerce(other)
        if other is NotImplemented:
            return other
        return other < self

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


a, b = Frac(1, 2), Frac(3, -4)
print(a, b, repr(b))
print(a + b, a - b, a * b, a / b, b ** 2, a ** -3, -b, abs(b))
print(1 + a, 1 - a, 2 * b, 1 / b, a + 1, a * 0)
print(sum([Frac(1, n) for n in range(1, 7)]), sum([Frac(1, 3)] * 3) == 1)
print(a == Frac(2, 4), a != b, a == 0.5, Frac(4, 2) == 2, 2 == Frac(4, 2))
print(b < a, a > b, a <= a, a > 1, 0 < a, 1 > a, sorted([a, b, Frac(0), Frac(-2)]))
print(float(b), int(Frac(7, 2)), int(Frac(-7, 2)), bool(Frac(0, 5)), round(float(a), 1))
print({Frac(2, 1): "two", Frac(1, 2): "half"}[2], len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
print(max([Frac(5, 3), Frac(7, 4), Frac(3, 2)]), min(Frac(1, 3), Frac(1, 4)))
for bad in [lambda: a + 0.5, lambda: "x" * a, lambda: a < "y", lambda: a >= 1, lambda: Frac(1, 0), lambda: 1 / Frac(0)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
try:
    a.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
x = Frac(1)
for i in range(1, 6):
    x = 1 + 1 / x
print("continued fraction:", x, f"{float(x):.6f}")
