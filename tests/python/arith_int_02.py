# Floor division and modulo with negative ints
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 3), (-1, 3), (1, -3), (-1, -3)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, divmod(a, b))
    assert (a // b) * b + a % b == a
print(-17 // 5, -17 % 5)
print(17 // -5, 17 % -5)
print(-17 // -5, -17 % -5)
print(-1 // 1000000, -1 % 1000000)
print(10 ** 20 // -3, 10 ** 20 % -3)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(-(2 ** 64) // 2 ** 32, -(2 ** 64) % (2 ** 32 + 1))
i = -10
while i <= 10:
    print(i, i // 4, i % 4, i // -4, i % -4)
    i += 3
