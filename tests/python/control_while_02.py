# Numeric algorithms with while loops
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in [0, 1, 2, 15, 16, 17, 99, 100, 2 ** 64, 10 ** 40 + 1]:
    print(n, isqrt(n))

def to_base(n, b):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    neg = n < 0
    if neg:
        n = -n
    s = ''
    while n:
        s = digits[n % b] + s
        n //= b
    if neg:
        s = '-' + s
    return s

for b in [2, 8, 16, 36]:
    print(b, to_base(255, b), to_base(-1000, b), to_base(2 ** 64, b))
    print(int(to_base(10 ** 20, b), b) == 10 ** 20)
