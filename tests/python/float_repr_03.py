# Floats that are whole numbers and large magnitudes
vals = [1.0, 10.0, 100.0, 1e5, 1e10, 1e15, 1e16, 1e17, 1e20, 1e50, 1e100, 1e200, 1e300]
for v in vals:
    print(v, -v, v * 3, v / 7)
print(2.0 ** 52, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 2.0 ** 100)
print(float(2 ** 53 + 1), float(2 ** 63), float(10 ** 16), float(10 ** 17))
print(float(123456789 * 10 ** 10))
print(float(2 ** 1000))
print(3.0 * 1e16, 1234567.0 * 1e10)
print(int(1e16), int(1e17), int(2.0 ** 70), int(1e100))
print(int(-1.5e20), int(9.999e21))
print(1e16 + 1, 1e16 + 2, 1e16 - 1)
