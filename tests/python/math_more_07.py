# gcd/lcm with many arguments, isclose, copysign/fmod/trunc on edge values
import math

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 7))
print(math.gcd(2**100, 6**50), math.lcm(2**40, 3**20))
for bad in [(1.0, 2), (2, '4')]:
    try:
        math.gcd(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.lcm(3, 1.5)
except TypeError as e:
    print(type(e).__name__, e)

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(float('inf'), float('inf')), math.isclose(float('nan'), float('nan')))
print(math.isclose(float('inf'), 1e308, rel_tol=1.0))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isclose(1, 2, 0.1)
except TypeError as e:
    print(type(e).__name__, e)

print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(float('inf'), -1))
print(math.copysign(1, float('nan')) in (1.0, -1.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(0.0, 1))
for bad in [(1, 0), (float('inf'), 2)]:
    try:
        math.fmod(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(math.fmod(3, float('inf')))
print(math.trunc(3.9), math.trunc(-3.9), math.trunc(10**30), math.floor(-0.5), math.ceil(-0.5))
print(math.floor(1e30) == 10**30, type(math.ceil(2.0)).__name__)
for f in (math.trunc, math.floor, math.ceil):
    for v in (float('inf'), float('nan')):
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(math.factorial(0), math.factorial(20))
for bad in (-1, 2.0):
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
