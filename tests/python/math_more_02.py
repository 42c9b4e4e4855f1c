# math.prod and math.isqrt
import math
from fractions import Fraction

print(math.prod([]), math.prod([], start=5), math.prod([2, 3, 4]))
print(math.prod(range(1, 11)) == math.factorial(10))
print(math.prod([1.5, 2, 4]), math.prod([2, 0.5]), type(math.prod([1, 2])).__name__)
print(math.prod([Fraction(1, 2), Fraction(2, 3)]))
print(math.prod((x for x in [3, 3, 3]), start=2))
print(math.prod(['ab'], start=3), math.prod([3], start='ab'))
print(math.prod([[1, 2]], start=2))
print(math.prod([10**20, 10**20]))
print(math.prod([-1] * 7), math.prod([True, True]))
print(math.prod([float('inf'), 0.0]), math.prod([1e308, 10]))
for bad in [5, [2, {}], None]:
    try:
        print(math.prod(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.prod([1, 2], 3)
except TypeError as e:
    print(type(e).__name__, e)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 99, 100, 10**6, 10**6 - 1, 2**52, 2**64 + 5]:
    print('isqrt', n, math.isqrt(n))
big = 10**100 + 12345
r = math.isqrt(big)
print(r * r <= big < (r + 1) ** 2, len(str(r)))
print(math.isqrt(True), math.isqrt(2**1000) == 2**500)
class Idx:
    def __index__(self):
        return 50
print(math.isqrt(Idx()))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [4.0, '4', None]:
    try:
        math.isqrt(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in range(2000)))
