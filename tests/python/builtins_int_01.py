# int() conversions
print(int(), int(0), int(-0.0), int(7.9), int(-7.9), int(1e20), int(True))
print(int('0'), int('-0'), int('  12  '), int('\t-34\n'), int('0012'), int('1_2_3'))
print(int('101', 2), int('-101', 2), int('z', 36), int('Zz', 36), int('0x1A', 16), int('1a', 16))
print(int('0b101', 0), int('0o17', 0), int('0x1f', 0), int('42', 0), int('0', 0))
print(int('12', 3), int('77', 8), int('10', 10), int('11', 11))
print(int(2.5), int(3.5), int(-2.5), int(0.999999), int(1e16 + 1))
print(int(123456789.987654321))
print(int('9' * 40) // int('3' * 40))
vals = ['1', '22', '-333', '+4444']
total = 0
for v in vals:
    total += int(v)
print(total)
for base in [2, 8, 10, 16]:
    print(base, int('11', base), int('1' * 20, base))
