# 48-bit and 64-bit boundaries
big47 = 2 ** 47 - 1
small47 = -2 ** 47
print(big47, small47)
print(big47 + 1, small47 - 1)
print(big47 * 2, small47 * 2)
print(big47 * big47)
print(-small47, abs(small47))
print(2 ** 47, 2 ** 48, 2 ** 53, 2 ** 53 + 1)
print(2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1)
print(2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1)
print((2 ** 64) // 3, (2 ** 64) % 3)
print((2 ** 63) * -1 // 1)
x = 1
i = 0
while i < 70:
    x = x * 2
    i += 1
    if i % 8 == 7 or i > 60:
        print(i, x, x - 1)
while x > 1000:
    x = x // 1000
    print(x)
print(big47 + 1 - 1 == big47, (2 ** 64) - (2 ** 64) == 0)
print(isinstance(2 ** 100 - 2 ** 100, int), 2 ** 100 - 2 ** 100)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(18446744073709551615 // 18446744073709551615)
print(0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF)
