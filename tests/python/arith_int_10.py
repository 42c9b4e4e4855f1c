# gcd, lcm, fast exponent written by hand
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a // gcd(a, b) * b

def power(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        exp >>= 1
        base = base * base % mod
    return result

print(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 64, 2 ** 40 * 3))
print(lcm(4, 6), lcm(21, 6), lcm(2 ** 32, 3 ** 20))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)
print(power(2, 10, 1000), power(3, 200, 10 ** 9 + 7), power(7, 2 ** 40, 13))
print(pow(3, 200, 10 ** 9 + 7) == power(3, 200, 10 ** 9 + 7))
print(power(2, 127, 2 ** 127 - 1))
fib_a, fib_b = 0, 1
for i in range(100):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
print(gcd(fib_a, fib_b))
