# Basic integer arithmetic
a = 7
b = 3
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(a ** b)
print(-a, +a, ~a)
print(b - a, (b - a) * 2)
print(0 + 0, 0 * 12345, 1 * -1)
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 2 - 3, 10 - (2 - 3))
print(100 // 7 // 2, 100 // (7 // 2))
print(1_000_000 + 1)
print(0x1F, 0o17, 0b1011, 0XfF, 0O777, 0B1)
print(0x_dead_beef)
print(1_2_3)
x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
