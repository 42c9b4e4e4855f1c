# round() with floats: banker's rounding and ndigits
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.4), round(0.6), round(-0.4), round(-0.6))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 0), round(3.14159, 1), round(3.14159, 3), round(3.14159, 10))
print(round(1234.5678, -1), round(1234.5678, -2), round(1255.0, -1), round(-1255.0, -1))
print(round(1e20, 2), round(1e-20, 2), round(5e-324, 300))
print(round(7), round(-7), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(123456, -3), round(123500, -3), round(124500, -3))
print(round(2 ** 70, -5))
print(round(0.1 + 0.2, 1), round(1 / 3, 5), round(2 / 3, 5))
print(round(-0.0), round(-0.4, 0), round(0.0001, 2))
print(round(1.5, None), round(2.5, None))
vals = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55]
for v in vals:
    print(v, round(v, 1))
