# int/float edge cases: floor division, modulo, rounding, conversions
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(-7.0 // 2, -7.0 % 2, 7.5 // -2, 7.5 % -2, -0.0 % 1, 5 % 1.5)
print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.49999999999999994), round(-2.5))
print(round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.0), round(5), round(-7.5))
print(int(-3.9), int(3.9), int(-0.5), int(1e20), int(-1e-5))
print(float('1e500'), float('-1e500'), 1e308 * 10, 5e-324, 5e-324 / 2, 2e-323)
print(10**20 / 3, 10**20 // 3, 2**53 + 1.0, float(2**53 + 1), 1 / 3, 2 / 3)
print(10**20 / 10**10, 10**30 / 10**29, 7 / 7, -1 / 3)
print(2**63, -2**63, (-2)**63, 2**-1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(0 ** 0, 0.0 ** 0, (-1) ** 0.5 == 1j, abs((-1) ** 0.5 - 1j) < 1e-15)
try:
    10**400 / 1
except OverflowError as e:
    print('OverflowError:', e)
try:
    float(10**400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    1 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError:', e)
print(1e22, 1e21, 1e16 + 1, 123e-20, 9007199254740993, float(9007199254740993))
print(3 * 0.1, 0.1 * 3 == 0.3, 1.1 + 2.2, 100.0, 1e2, 2.5e-3, -1.0e10)
print(7 // 2.0, 7 / 2, int('-0'), -0, 0 == -0, True / 2, 5 // True)
