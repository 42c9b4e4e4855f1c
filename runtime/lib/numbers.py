"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141.

The numeric tower is Number > Complex > Real > Rational > Integral.  The
builtin types are registered with it: complex is a Complex, float a Real
and int an Integral (fractions.Fraction subclasses Rational).

Each ABC lists, as abstract methods, the operations a concrete number type
must provide, and implements the operations that follow from them (for
example Real.__divmod__ in terms of // and %).
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the numeric tower: isinstance(x, Number) tells whether
    x is a number of any kind."""

    __slots__ = ()

    # No generic hash: each concrete type hashes equal values equally.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the builtin complex: complex(),
    bool(), .real and .imag, + - * / **, abs(), conjugate() and ==."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a builtin complex."""

    def __bool__(self):
        """bool(self): whether self is nonzero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part, a Real."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part, a Real."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other, with true division."""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self, with true division."""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent (a float or complex result where needed)."""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """abs(self): the distance from zero, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate: x+yj becomes x-yj."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus float(), math.trunc/floor/ceil, round(),
    divmod(), //, %, < and <=.  The Complex operations that follow from
    being real (complex(), .real, .imag, conjugate()) are provided."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self)."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """math.trunc(self): the Integral nearest to self towards zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """math.floor(self): the greatest Integral not above self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """math.ceil(self): the least Integral not below self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self, ndigits): an Integral without ndigits, otherwise a
        Real; ties go to the even neighbour."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other), from // and %."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self), from // and %."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other, i.e. floor(self / other)."""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self, i.e. floor(other / self)."""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other (a total order, NaNs aside)."""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    # What being real implies for the Complex interface.
    def __complex__(self):
        """complex(self), from float(self)."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Ratios of integers, with .numerator and .denominator in lowest terms."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """float(self), as numerator / denominator: true division of the
        integers is correctly rounded and copes with huge values."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus int(), index(), the bitwise operators (on
    two's complement values) and three-argument pow()."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self), for slicing and the like."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """pow(self, exponent, modulus): with a modulus, computed without
        the huge intermediate power."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    # What being an integer implies for the Rational interface.
    def __float__(self):
        """float(self), from int(self)."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """The denominator of an integer is 1."""
        return 1


Integral.register(int)
