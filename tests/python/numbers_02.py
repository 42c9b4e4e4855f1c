# float methods
for x in [1.0, 1.5, -2.0, 0.0, 1e20, float('inf')]:
    print(x, x.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (3.75).hex(), (1e-310).hex())
print(float.fromhex('0x1.8p1'), float.fromhex('0x10'), float.fromhex('-0x1p-2'), float.fromhex('0x1.999999999999ap-4'))
print(float.fromhex(' 0x1p0 '), float.fromhex('inf'), float.fromhex((123.456).hex()) == 123.456)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError:', e)
try:
    float.fromhex('0xg')
except ValueError as e:
    print('ValueError:', e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float('  3.25  '), float('-1e3'), float('1_0.5'), float(7), float('-0'), float(' nan ') != float('nan'))
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16, 1e15, 123456789012345678.0, 1.5e-7, 0.0001, 1e-5)
print(-0.0, 0.0 == -0.0, repr(-0.0), 2.0 ** 0.5, 10 / 4, 9 / 3, 2 ** -2)
print(float.__name__, type(1e3).__name__, int(1e3), 1e3 == 1000)
