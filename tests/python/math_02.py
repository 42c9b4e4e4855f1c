# math: gcd, factorial, isqrt, pow, hypot
import math
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(0, 7), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(30))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.pow(2, 10), math.pow(2, -1), math.pow(2.5, 2), math.pow(4, 0.5), math.pow(0, 0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(0, 0), math.hypot(-3, 4))
print(math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan))
print(math.sqrt(2) * math.sqrt(2), math.sqrt(2) ** 2 == 2)
for n in range(1, 11):
    r = math.isqrt(n)
    print(n, r, r * r == n, math.sqrt(n))
print(math.factorial(20) // math.factorial(18))
