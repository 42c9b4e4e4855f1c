# Measures arbitrary-precision integer arithmetic: pi digits with Gibbons' unbounded spigot, plus factorials and powers.

DIGITS = 5500
FACT = 5000


def pi_digits(n):
    q = 1
    r = 0
    t = 1
    k = 1
    m = 3
    x = 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(str(m))
            q2 = 10 * q
            r2 = 10 * (r - m * t)
            m = (10 * (3 * q + r)) // t - 10 * m
            q = q2
            r = r2
        else:
            q2 = q * k
            r2 = (2 * q + r) * x
            t2 = t * x
            m = (q * (7 * k + 2) + r * x) // t2
            q = q2
            r = r2
            t = t2
            k = k + 1
            x = x + 2
    return "".join(out)


def factorial(n):
    f = 1
    i = 2
    while i <= n:
        f = f * i
        i = i + 1
    return f


def digit_sum(n):
    s = 0
    while n > 0:
        n, d = divmod(n, 1000000000)
        s = s + d % 9
    return s


def count_digits(n):
    c = 0
    while n >= 1000000000:
        n = n // 1000000000
        c = c + 9
    return c + len(str(n))


def main():
    digits = pi_digits(DIGITS)
    print("pi", DIGITS, digits[:20], digits[-20:])
    f = factorial(FACT)
    print("fact", FACT, f % 1000000007, digit_sum(f))
    p = pow(3, 20000) - pow(2, 30000)
    print("pow", p % 998244353, abs(p) % 1000003, count_digits(abs(p)))


main()
