"""Exact rational numbers: the Fraction class.

A Fraction is a pair of Python ints, numerator and denominator, kept in
lowest terms with a positive denominator, so arithmetic on Fractions never
rounds.  Mixed with floats or complex numbers, it converts to them.
"""

import math
import numbers
import sys

__all__ = ["Fraction"]


# Numeric hashes are computed modulo this prime (2**61 - 1 on 64-bit
# builds); a value whose denominator is a multiple of it hashes like an
# infinity.
_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf

# Type tuples for isinstance(): the concrete types come first so that the
# common cases never consult the ABCs.
_RATIONAL = (int, numbers.Rational)
_REAL = (float, numbers.Real)
_COMPLEX = (complex, numbers.Complex)


def _scan_digits(text, start):
    """End of the run of digits (single underscores allowed between them)
    that begins at text[start]; start itself if there is no digit there."""
    end = len(text)
    i = start
    if i >= end or not text[i].isdecimal():
        return start
    while True:
        while i < end and text[i].isdecimal():
            i += 1
        if i + 1 < end and text[i] == "_" and text[i + 1].isdecimal():
            i += 1
        else:
            return i


def _parse_rational(literal):
    """Parse a rational literal: '3', '-3/4', ' 1.5e-3 ', '1_000', '.5'.

    Return (numerator, denominator), or None when the text is malformed.
    The denominator may be zero ('1/0').
    """
    text = literal.strip()
    end = len(text)
    i = 0
    negative = False
    if i < end and text[i] in "+-":
        negative = text[i] == "-"
        i += 1
    # A number starts with a digit, or with a point followed by a digit.
    if not (i < end and (text[i].isdecimal() or
                         (text[i] == "." and i + 1 < end and text[i + 1].isdecimal()))):
        return None
    j = _scan_digits(text, i)
    numerator = int(text[i:j]) if j > i else 0
    denominator = 1
    i = j
    if i < end and text[i] == "/":
        j = _scan_digits(text, i + 1)
        if j == i + 1:
            return None
        denominator = int(text[i + 1:j])
        i = j
    else:
        if i < end and text[i] == ".":
            j = _scan_digits(text, i + 1)
            decimals = text[i + 1:j].replace("_", "")
            if decimals:
                scale = 10 ** len(decimals)
                numerator = numerator * scale + int(decimals)
                denominator *= scale
            i = j
        if i < end and text[i] in "eE":
            k = i + 1
            if k < end and text[k] in "+-":
                k += 1
            j = _scan_digits(text, k)
            if j == k:
                return None
            exponent = int(text[i + 1:j])
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
            i = j
    if i != end:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


def _is_decimal(value):
    """True for decimal.Decimal instances (without importing decimal)."""
    decimal = sys.modules.get("decimal")
    return decimal is not None and isinstance(value, decimal.Decimal)


class Fraction(numbers.Rational):
    """A rational number, numerator / denominator, in lowest terms.

    Fraction(8, 6) == Fraction(4, 3); Fraction() is 0 and Fraction(5) is 5.
    Besides a pair of Rationals (ints or Fractions), the constructor takes
    one Rational, a float or Decimal (converted exactly: Fraction(0.5) is
    1/2), or a string such as '3/4', '-1.25', '2e-3' or '1_000'.
    """

    __slots__ = ("_numerator", "_denominator")

    # Fractions are immutable, so everything happens in __new__.
    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Fraction(numerator=0, denominator=None): see the class."""
        self = super(Fraction, cls).__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _RATIONAL):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                # Exact conversion.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse_rational(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass    # the usual case
        elif isinstance(numerator, _RATIONAL) and isinstance(denominator, _RATIONAL):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (0.1 is not 1/10 but a nearby
        dyadic fraction); ints are accepted too."""
        if isinstance(f, (int, numbers.Integral)):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an int)."""
        from decimal import Decimal
        if isinstance(dec, (int, numbers.Integral)):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)"
                % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self among those whose denominator is
        at most max_denominator; e.g. 22/7 for pi with a bound of 10."""
        # The best approximations are found among the convergents of the
        # continued fraction of self and the semiconvergents between the
        # last two convergents whose denominators fit: walk the convergents
        # p/q until the next denominator would exceed the bound, then
        # compare the last convergent with the largest fitting
        # semiconvergent.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)

        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return "%s(%s, %s)" % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic.  Each operation is written once for two rationals
    # (Fractions or ints); _operator_fallbacks() wraps it into the forward
    # and reflected methods, which convert to float or complex when the
    # other operand is one (or is a Real/Complex of another kind).

    def _operator_fallbacks(monomorphic_operator, fallback_operator, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return monomorphic_operator(a, b)
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, _RATIONAL):
                return monomorphic_operator(a, b)
            if isinstance(a, _REAL):
                return fallback_operator(float(a), float(b))
            if isinstance(a, _COMPLEX):
                return fallback_operator(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = "__%s__" % name
        forward.__qualname__ = "Fraction.__%s__" % name
        forward.__doc__ = monomorphic_operator.__doc__
        reverse.__name__ = "__r%s__" % name
        reverse.__qualname__ = "Fraction.__r%s__" % name
        reverse.__doc__ = monomorphic_operator.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        # Knuth's trick (TAOCP 4.5.1): dividing out gcd(da, db) first keeps
        # the intermediate products small.
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    __add__, __radd__ = _operator_fallbacks(_add, lambda x, y: x + y, "add")

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    __sub__, __rsub__ = _operator_fallbacks(_sub, lambda x, y: x - y, "sub")

    def _mul(a, b):
        """a * b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        # Cancel across the diagonals before multiplying.
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    __mul__, __rmul__ = _operator_fallbacks(_mul, lambda x, y: x * y, "mul")

    def _div(a, b):
        """a / b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, lambda x, y: x / y, "truediv")

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(
        _floordiv, lambda x, y: x // y, "floordiv")

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        quotient, remainder = divmod(a.numerator * db, da * b.numerator)
        return quotient, Fraction(remainder, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, "divmod")

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, lambda x, y: x % y, "mod")

    del _operator_fallbacks

    def __pow__(a, b):
        """a ** b

        An integral exponent gives a Fraction; any other exponent gives a
        float or a complex, since roots are generally irrational.
        """
        if isinstance(b, _RATIONAL):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                # A negative power inverts; keep the sign on the numerator.
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # An int base stays an int.
            return a ** b._numerator
        if isinstance(a, _RATIONAL):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a, always a plain Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        # Floor division of the negation rounds the other way.
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]), ties to even: an int without ndigits,
        a Fraction with them."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator:
                return floor
            if twice > self.denominator:
                return floor + 1
            # Exactly half way: pick the even neighbour.
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)

        Equal numbers hash equal, whatever their type: the hash of n/d is
        n * inverse(d) modulo the prime P (see the rules for numeric
        hashes in the reference manual), and when d is a multiple of P
        (no inverse) the value hashes like an infinity.
        """
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            # hash() of a non-negative int is the int modulo P; reducing
            # |n| first keeps the product small.
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _RATIONAL):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, _COMPLEX) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Compare as any finite number would.
                return 0.0 == b
            return a == a.from_float(b)
        # Let b try to compare itself with a.
        return NotImplemented

    def _richcmp(self, other, op):
        """Compare self with a Rational or a float using op(x, y)."""
        if isinstance(other, _RATIONAL):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Pickling and copying.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self     # immutable: its own clone
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self     # the components are immutable too
        return self.__class__(self._numerator, self._denominator)
