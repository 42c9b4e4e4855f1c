# Mixed int / float arithmetic and true division
print(1 + 2.0, 3 * 1.5, 10 - 0.5)
print(1 / 2, 2 / 1, 6 / 3, 7 / 2)
print(-7 / 2, 7 / -2)
print(1 / 3, 2 / 3, 10 / 3)
print(10 ** 20 / 10 ** 10)
print(2 ** 60 / 2)
print(1 / 10, 3 / 10)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
print(5 % -3.0, -5 % 3.0, 5.5 % -2)
print(0.0 // 1, -0.0 // 1)
print(1 == 1.0, 2 == 2.5, 3 < 3.5, 4 >= 4.0)
print(True + True, True * 10, False - 1, True / 2)
print(True + 1.5)
print(int(3.99), int(-3.99), int(0.5), int(-0.5))
print(float(7), float(-0), float(10 ** 15))
x = 10
x /= 4
print(x)
x //= 1
print(x)
y = 3
y **= -1
print(y)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5)
print((-8) ** 2, (-2) ** 3, (-2) ** -1)
