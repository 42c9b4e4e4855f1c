# math.dist, math.hypot and math.fsum
import math

print(math.dist((0, 0), (3, 4)), math.dist([1], [4]), math.dist((), ()))
print(math.dist((1, 2, 3), (4, 6, 15)))
print(math.dist((0.1, 0.2), (0.1, 0.2)), math.dist((-1, -1), (1, 1)))
print(math.dist((1e300, 0), (-1e300, 0)))
for bad in [((1, 2), (1, 2, 3)), ((1,), ())]:
    try:
        math.dist(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [([1, 'a'], [1, 2]), (5, 5), ((1,),)]:
    try:
        math.dist(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
print(math.hypot(-0.0), math.hypot(0, 0), math.hypot(5, 12, 0))
print(math.hypot(True, 1))
try:
    math.hypot('3')
except TypeError as e:
    print(type(e).__name__, e)

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(iter([0.5, 0.25])))
try:
    print(math.fsum([1e308, 1e308, -1e308]))
except OverflowError as e:
    print('intermediate', type(e).__name__, e)
print(math.fsum([2.0 ** 53, 1.0, 1.0]))
print(math.fsum([float('inf'), 1.0]), math.fsum([float('-inf'), -1.0]))
print(math.fsum([float('inf'), float('nan')]))
for bad in ([float('inf'), float('-inf')], ):
    try:
        print(math.fsum(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.fsum(['x'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.fsum(3)
except TypeError as e:
    print(type(e).__name__, e)
