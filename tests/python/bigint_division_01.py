# Floor division and modulo of big ints whose quotient is short (the
# operands about the same size) and of every other shape, all signs.
x = 12345
def rnd(bits):
    global x
    v = 0
    for _ in range(bits // 30 + 1):
        x = (x * 1103515245 + 12345) % 2147483648
        v = (v << 30) | x
    return v

acc = 0
cases = 0
for bits in (40, 64, 65, 100, 200, 700, 2500):
    for extra in (0, 1, 5, 30, 59, 60, 61, 62, 63, 64, 100):
        for k in range(6):
            b = rnd(bits) + 1
            a = rnd(bits + extra)
            for p, q in ((a, b), (b * 9 + 8, b), (b * 9, b), (b - 1, b), (b, b), (a, -b), (-a, b), (-a, -b)):
                d, m = p // q, p % q
                assert d * q + m == p and (m == 0 or (m > 0) == (q > 0)) and abs(m) < abs(q)
                assert divmod(p, q) == (d, m)
                acc = (acc * 31 + d + 7 * m) % 1000000007
                cases += 1
print(cases, acc)
print(10**50 // (10**49 + 3), 10**50 % (10**49 + 3), (-10**50) // (10**49 + 3), divmod(2**200 + 5, 2**199))
print((3**200) // (3**199 + 1), (3**200 - 1) % (3**200), 0 // (2**100), (2**100) // (2**100 + 1))
try:
    (2**100) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (2**100) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
