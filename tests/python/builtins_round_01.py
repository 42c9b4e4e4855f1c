# round() with ints and floats
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001, 1e16, 1e300, -7.5, 8.5]:
    print(v, round(v))
for nd in [0, 1, 2, 3, -1, -2]:
    print(nd, round(123.456, nd), round(-123.456, nd), round(98765, nd))
print(round(5, 2), round(5.0, 2), round(-5, -1), round(-15, -1), round(150, -2), round(250, -2))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(3.5, 0))
print(round(10 ** 25 + 5 * 10 ** 5, -6), round(-(10 ** 25) - 5 * 10 ** 5, -6))
print(round(1.23456789e-10, 15), round(6.02214076e23, -20))
print(round(2 ** 0.5, 4), round(22 / 7, 6))
x = round(7.0)
print(x, isinstance(x, int), isinstance(round(7.0, 0), float))
