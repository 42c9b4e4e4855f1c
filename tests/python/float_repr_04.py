# Tiny floats and subnormals
vals = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-10, 1e-50, 1e-100, 1e-300, 1e-310, 1e-320, 5e-324]
for v in vals:
    print(v, -v, v * 3, v / 7)
x = 1.0
i = 0
while x > 0:
    last = x
    x = x / 2
    i += 1
print(i, last, x)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** -1022)
print(0.1 ** 10, 0.5 ** 20, 3e-5 * 2)
print(1.23e-5, 1.23e-4, 0.000123456789)
