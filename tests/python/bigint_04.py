# Big int bitwise operations
a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(-a & b)
print(-a | b)
print(-a ^ -b)
print(a >> 50, a >> 100, a >> 200)
print(a << 10, 1 << 200)
print(-a >> 3, -1 >> 100, -(2 ** 100) >> 99)
print((1 << 64) - 1, (1 << 64) >> 63)
print(~(2 ** 64), ~-(2 ** 64))
x = 0
for i in range(0, 128, 7):
    x |= 1 << i
print(x)
count = 0
y = x
while y:
    count += y & 1
    y >>= 1
print(count)
