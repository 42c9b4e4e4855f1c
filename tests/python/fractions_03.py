# practical uses: exact averages, limit_denominator, continued fractions, Egyptian fractions
import math
from fractions import Fraction
import numbers

pi = Fraction(math.pi)
print(pi)
for limit in [1, 10, 100, 1000, 30000, 10**6]:
    print(limit, pi.limit_denominator(limit))
print(Fraction("3.141592653589793").limit_denominator(10), Fraction(1234, 5678).limit_denominator(10))
print(Fraction(-1234, 5678).limit_denominator(10), Fraction(3, 7).limit_denominator(100))
print(Fraction(1, 2).limit_denominator(1), Fraction(3, 4).limit_denominator(1), Fraction(5, 4).limit_denominator(1))


def continued_fraction(x):
    terms = []
    while True:
        whole = math.floor(x)
        terms.append(whole)
        x -= whole
        if x == 0:
            return terms
        x = 1 / x


print(continued_fraction(Fraction(415, 93)), continued_fraction(Fraction(-17, 5)))


def egyptian(x):
    parts = []
    while x.numerator != 0:
        d = math.ceil(1 / x)
        parts.append(Fraction(1, d))
        x -= Fraction(1, d)
    return parts


print(" + ".join(str(p) for p in egyptian(Fraction(4, 13))))
print(" + ".join(str(p) for p in egyptian(Fraction(5, 121))))

grades = [Fraction(17, 20), Fraction(9, 10), Fraction(4, 5), Fraction(1, 3)]
mean = sum(grades, Fraction(0)) / len(grades)
print(mean, float(mean), round(mean, 3), format(float(mean), ".4f"))

harmonic = sum(Fraction(1, k) for k in range(1, 21))
print(harmonic, harmonic.numerator.bit_length(), math.floor(harmonic))

# Bernoulli numbers with exact arithmetic
def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]


print([str(bernoulli(n)) for n in range(10)])

# exact money split
total = Fraction("100.00")
shares = [total * Fraction(1, 3)] * 3
print(shares[0], sum(shares) == total, [round(s, 2) for s in shares])

# the numeric tower
f = Fraction(3, 8)
print(isinstance(f, numbers.Number), isinstance(f, numbers.Complex), isinstance(f, numbers.Real),
      isinstance(f, numbers.Rational), isinstance(f, numbers.Integral))
print(issubclass(Fraction, numbers.Rational), f.real, f.imag, f.conjugate(), Fraction.__name__)
print(sorted(map(Fraction, ["1/3", "0.3", "2/7", "-1", "1e-1"])))

import copy
print(copy.copy(f) is f, copy.deepcopy([f])[0] is f, Fraction(*f.as_integer_ratio()) == f)
