# math functions used in small computations
import math
def distance(p, q):
    return math.hypot(q[0] - p[0], q[1] - p[1])

pts = [(0, 0), (3, 4), (6, 8), (-1, -1)]
for i in range(len(pts) - 1):
    print(pts[i], pts[i + 1], distance(pts[i], pts[i + 1]))
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
primes = []
for n in range(60):
    if is_prime(n):
        primes.append(n)
print(primes)
def circle_area(r):
    return math.pi * r * r
print(circle_area(1), circle_area(2.5), round(circle_area(10), 6))
print(math.floor(-7 / 2), -7 // 2, math.ceil(7 / 2), math.trunc(-7 / 2), int(-7 / 2))
print(math.isnan(float('nan') * 0), math.isinf(1e308 * 10), math.isnan(math.inf - math.inf))
print(math.gcd(math.factorial(10), 2 ** 20), math.sqrt(math.factorial(6)))
print(math.copysign(1, -0.0) < 0, math.copysign(1, 0.0) > 0)
print(math.fmod(-10, 3) + 10 % 3)
