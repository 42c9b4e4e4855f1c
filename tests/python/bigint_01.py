# Big integer arithmetic
a = 10 ** 100
b = 2 ** 333
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a // -7, a % -7)
print(divmod(b, a))
print(abs(-a) == a, -(-a) == a)
print(a == 10 ** 100, a != a + 1, a < b, b > a)
print(a ** 3 // a ** 2 == a)
c = 1
for i in range(1, 41):
    c *= i
print(c)
print(c // (2 ** 38))
print(c % 1000000007)
