# math.nextafter, math.ulp, math.remainder
import math

inf = float('inf')
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(1.0, 1.0))
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(-0.0, 1.0))
print(math.nextafter(1e308, inf), math.nextafter(inf, 0.0), math.nextafter(-inf, 0.0))
print(math.nextafter(5e-324, 0.0), math.nextafter(2, 3))
print(math.nextafter(float('nan'), 1.0), math.nextafter(1.0, float('nan')))
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0))

for x in [1.0, 2.0, 0.5, 1e10, 0.0, -1.0, 5e-324, 1.7976931348623157e308, inf, -inf, 3]:
    print('ulp', x, math.ulp(x))
print(math.ulp(float('nan')))

for x, y in [(10, 3), (11, 3), (-10, 3), (10, -3), (5, 2), (7, 2), (-5, 2), (1.5, 1.0),
             (2.5, 1.0), (0.0, 1.0), (-0.0, 1.0), (inf * 0 + 3, inf), (1e300, 1e-300)]:
    print('remainder', x, y, math.remainder(x, y))
print(math.remainder(6, 4), math.fmod(6, 4), 6 % 4)
print(math.remainder(-6, 4), math.fmod(-6, 4), -6 % 4)
for bad in [(1, 0), (inf, 1), (1, 0.0)]:
    try:
        math.remainder(*bad)
    except ValueError as e:
        print('remainder', bad, type(e).__name__, e)
print(math.remainder(float('nan'), 1), math.remainder(1, float('nan')))
try:
    math.nextafter(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.ulp('1')
except TypeError as e:
    print(type(e).__name__, e)
