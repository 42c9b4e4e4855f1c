# Factorials, Fibonacci and powers as big ints
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(n, fact(n))
print(len(str(fact(100))))
print(fact(100) // fact(98))
print(fact(30) % (2 ** 61 - 1))
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000)
print(2 ** 256)
print(2 ** 256 - 1 == (1 << 256) - 1)
print(pow(2, 521) - 1)
print((10 ** 50 + 3) * (10 ** 50 - 3))
