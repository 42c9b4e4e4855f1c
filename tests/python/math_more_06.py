# math.frexp, math.ldexp, math.modf with edge values
import math

inf = float('inf')
nan = float('nan')
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 8.0, 10.0, 0.1, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, inf, -inf, 3, True]:
    print('frexp', x, math.frexp(x))
m, e = math.frexp(nan)
print(m, e)
print(all(math.ldexp(*math.frexp(x)) == x for x in [0.1, 123.456, -7.5, 1e-310, 1e308]))

for m, e in [(1.0, 0), (1.0, 10), (0.5, 1), (1.0, -1), (3, 2), (1.0, -1074), (1.0, -1075),
             (1.0, -1080), (1.0, 1023), (0.0, 5000), (-0.0, 3), (inf, -100), (1.5, -10**20),
             (0.75, 10**20 * 0)]:
    print('ldexp', m, e, math.ldexp(m, e))
print(math.ldexp(nan, 5))
for args in [(1.0, 1024), (1.0, 10**20), (-2.0, 1024)]:
    try:
        math.ldexp(*args)
    except OverflowError as e:
        print('ldexp', args, type(e).__name__, e)
for args in [(1.0, 2.0), (1.0, '2')]:
    try:
        math.ldexp(*args)
    except TypeError as e:
        print(type(e).__name__, e)

for x in [3.75, -3.75, 0.0, -0.0, 5, 1e20, 0.5, -0.25, inf, -inf, 1e-320, 2**53 + 0.5]:
    print('modf', x, math.modf(x))
f, i = math.modf(nan)
print(f, i)
print(type(math.modf(5)[1]).__name__)
try:
    math.modf('1')
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.frexp(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.frexp(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
