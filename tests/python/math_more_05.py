# math.log with bases, log2/log10/log1p/exp/expm1, errors
import math

for x, base in [(8, 2), (100, 10), (1, 5), (81, 3), (2, 4), (0.125, 2), (10, 0.1), (math.e, math.e)]:
    print('log', x, base, math.log(x, base))
print(math.log(1), math.log(math.e), math.log(10))
print(math.log(2**1000), math.log(10**400), math.log(2**1000, 2))
print(math.log2(1024), math.log2(2**100), math.log2(0.5), math.log2(10**400))
print(math.log10(1000), math.log10(0.001), math.log10(10**400), math.log10(2))
print(math.log1p(0), math.log1p(1e-20), math.log1p(-0.5))
print(math.exp(0), math.exp(1), math.exp(-745.2), math.exp(709))
print(math.expm1(1e-10), math.expm1(0))
print(math.log(float('inf')), math.log2(float('inf')), math.log(float('nan')))

for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0),
            lambda: math.log(8, 1), lambda: math.log(8, 0), lambda: math.log(8, -2),
            lambda: math.log2(0), lambda: math.log10(-5), lambda: math.log1p(-1),
            lambda: math.log(-(10**400)), lambda: math.log(1, 1)]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.log('10')
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.log(8, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# bit length via log2 agrees for powers of two
print(all(math.log2(2**k) == k for k in range(0, 1100, 7)))
