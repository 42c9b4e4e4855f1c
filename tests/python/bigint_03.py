# Big int str/int conversions and negatives
vals = [10 ** 18, 10 ** 19, 10 ** 20, -10 ** 19, 2 ** 64 - 1, -(2 ** 64), 3 ** 100, -7 ** 77]
for v in vals:
    s = str(v)
    print(s, int(s) == v, -v, v // 10 ** 9, v % 10 ** 9)
print(int('9' * 50) + 1)
print(int('-' + '1' * 40))
print(int('f' * 32, 16))
print(int('1' * 100, 2))
print(int('7' * 30, 8))
print(int('z' * 20, 36))
print(0xffffffffffffffffffffffffffffffff)
print(0b1111111111111111111111111111111111111111111111111111111111111111111)
print(0o7777777777777777777777777777)
