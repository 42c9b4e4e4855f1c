# Growing into big ints and shrinking back
x = 1
for i in range(80):
    x = x * 3
print(x)
for i in range(80):
    x = x // 3
print(x, x == 1)
y = 2 ** 62
print(y, y * 2, y * 4, y * 8)
z = y * 8
z = z - y * 7
print(z, z == y)
w = -(2 ** 62)
print(w - w, w + w, w * w)
big = 2 ** 100
small = big - (2 ** 100 - 5)
print(small, small + 1)
n = 0
m = 1
while m < 10 ** 40:
    m = m * 7
    n += 1
print(n, m)
while m > 100:
    m = m // 7
print(m)
print((10 ** 30 + 1) - 10 ** 30)
print((2 ** 64) * 0, (2 ** 64) - (2 ** 64))
