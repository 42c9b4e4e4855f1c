# Fraction arithmetic with int, float, complex and Fraction; comparisons; hashing
import math
from fractions import Fraction as F

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 7 // a, a // 2, 7 % a, a % 2)
print(a + 0.25, 0.25 + a, a * 2.0, 1.0 / a, a // 0.5, a % 0.5, divmod(a, 0.5), divmod(2, a), divmod(2.5, a))
print(a + 1j, 1j * a, a - (1 + 2j), (2 + 0j) / a)
print(type(a // b).__name__, type(divmod(a, b)[1]).__name__, type(a + True).__name__)
print(a ** 2, a ** -2, b ** 3, b ** -3, a ** 0, F(0) ** 0, 2 ** F(3), 2 ** F(-3), F(4, 9) ** F(1, 2))
print(F(-8) ** F(1, 3), 4 ** F(1, 2), 2.0 ** F(2), (-1) ** F(2), F(1, 2) ** 0.5, F(2) ** 1j)
print(-a, +a, abs(b), bool(F(0)), bool(b), int(b), int(F(7, 2)), float(a), complex(a))
print(math.floor(b), math.ceil(b), math.trunc(b), math.floor(F(7, 2)), math.ceil(F(7, 2)), math.trunc(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3)), round(F(2, 3)))
print(round(F(12345, 1000), 2), round(F(12355, 1000), 2), round(F(15, 1), -1), round(F(25), -1), round(F(-1, 8), 2))
print(type(round(a)).__name__, type(round(a, 1)).__name__)

for label, func in [("div by zero frac", lambda: a / F(0)), ("div by zero int", lambda: a / 0),
                    ("floordiv zero", lambda: a // 0), ("mod zero", lambda: a % F(0)),
                    ("zero to negative", lambda: F(0) ** -1), ("float div zero", lambda: a / 0.0),
                    ("add str", lambda: a + "x"), ("radd list", lambda: [1] + a),
                    ("compare complex", lambda: a < 1j), ("compare str", lambda: a >= "1"),
                    ("divmod complex", lambda: divmod(a, 1j))]:
    try:
        print(label, "->", func())
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)

# comparisons with every numeric type, infinities and nan
nan, inf = float("nan"), float("inf")
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == F(2, 4), F(2) == 2, F(2) == 2.0, F(2) == 2 + 0j, F(2) == 2 + 1j)
print(F(1, 3) < 1 / 3, F(1, 3) > 0.333, F(-1) < 0, F(1, 2) <= 0.5, F(1, 2) >= F(1, 2), 1 < F(3, 2), 0.1 > F(1, 10))
print(F(10**30) < inf, F(-10**30) > -inf, F(1) == nan, F(1) != nan, F(1) < nan, F(1) > nan, F(0) == inf)
print(sorted([F(1, 3), 0.25, 1, F(-1, 2), 0, True, F(5, 4)]), max(F(1, 3), 0.3), min(2, F(7, 4)))

# equal numbers hash equal, so they collide as dict keys and set members
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(-1, 1)) == hash(-1))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(2**70, 3)), hash(F(1, 2**61 - 1)), hash(F(-7, 2**61 - 1)))
print(hash(F(10**25, 7)) == hash(F(10**25 * 3, 21)), hash(F(5, 4)) == hash(1.25))
d = {0.5: "float half", 2: "int two"}
d[F(1, 2)] = "fraction half"
d[F(2)] = "fraction two"
print(d)
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}))
print(sum([F(1, n) for n in range(1, 11)]), sum([F(1, 3), 0.5]), sum([F(1, 3), 1]))
