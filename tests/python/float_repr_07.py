# float() and str() conversions
strs = ['0', '1', '-1', '1.5', '  -2.25 ', '1e3', '1E-3', '6.02e23', '1.', '.1', '100000000000000000000', 'inf', '-inf', '+inf', 'nan', '1_0.0_1']
for s in strs:
    f = float(s)
    print(repr(s), f, str(f), repr(f))
print(float(3), float(-3), float(True), float(False))
print(float(10 ** 20), float(-10 ** 25))
print(str(1.0), str(-0.5), str(1e16), str(12345678901234567890.0))
print(str(3.0 * 1.1), str(1 / 9))
print(float('1' + '0' * 30), float('0.' + '0' * 20 + '1'))
