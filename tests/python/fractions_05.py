# Fraction edge cases: huge values, signs, rounding ties, limit_denominator bounds, subclasses
import math
from fractions import Fraction as F

big = F(10**40 + 1, 3 * 10**20)
print(big, float(big), math.floor(big), math.ceil(big), round(big), round(big, -18), int(big))
print(F(-7, 2) // 1, F(-7, 2) % 1, divmod(F(-7, 2), 2), divmod(F(7, 2), -2), F(-7, 2) // F(-1, 3), -7 % F(3, 2))
print([round(F(n, 2)) for n in range(-5, 6)])
print([str(round(F(n, 8), 2)) for n in range(-12, 13, 3)])
print(round(F(1, 3), 0), type(round(F(1, 3), 0)).__name__, round(F(-2, 3), 1), round(F(5, 1000), 2))

# convergents of sqrt(2) approach it from both sides
x = F(1)
for _ in range(8):
    x = 1 + 1 / (1 + x)
    print(x, float(x) - math.sqrt(2) < 0)
print(F(math.sqrt(2)).limit_denominator(100), F(math.sqrt(2)).limit_denominator(10**9))
print(F(math.e).limit_denominator(1000), F(-math.pi).limit_denominator(7), F(0.1).limit_denominator(10**9))
print(F(1, 10**12).limit_denominator(10**6), F(10**12 + 1, 10**12).limit_denominator(10))

# zero and signs
print(F(0, -5), F(-0), -F(0), F(0) == 0.0, F(0) == -0.0, hash(F(0)), F(-3, -4), F(3, -4).denominator)
print(F(2) ** -2, F(-2) ** -3, F(-1, 2) ** 3, F(9, 4) ** F(1, 2), F(-8) ** F(1, 3) == (-8.0) ** (1 / 3))
print(F(1, 2) ** 0.5 == 0.5 ** 0.5, 4 ** F(1, 2), 8 ** F(-1, 3), 2 ** F(10), type(2 ** F(10)).__name__)

# booleans act as integers
print(F(True, 2), F(1, 2) + True, True / F(2), F(3) == True + True + True)


class Money(F):
    """A subclass keeps its type only where the class keeps it."""

    def __str__(self):
        return "$%.2f" % float(self)


m = Money(5, 2)
print(m, repr(m), type(m + m).__name__, type(-m).__name__, type(abs(m)).__name__, str(Money("1.005")))
print(m == F(5, 2), hash(m) == hash(F(5, 2)), m.limit_denominator(1), Money.from_float(0.5), type(Money.from_float(0.5)).__name__)

# an exact mean of floats versus the float mean
samples = [0.1] * 10
print(sum(samples), float(sum(map(F, samples))), sum(map(F, samples)) == 1, F(sum(samples)) == 1)
