# Integer to string and back, including big ints
nums = [0, 1, -1, 9, 10, 99, 100, 12345, -987654321, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, 10 ** 30, -10 ** 30]
for n in nums:
    s = str(n)
    back = int(s)
    print(s, len(s), back == n, repr(n))
print(int('  42  '), int('-17'), int('+8'), int('1_000'))
print(int('ff', 16), int('FF', 16), int('777', 8), int('1010', 2))
print(int('0x1f', 16), int('0o17', 8), int('0b11', 2), int('0x10', 0))
print(int('z', 36), int('zz', 36), int('10', 36))
print(int('123456789012345678901234567890'))
print(int('-000123'))
print(int(True), int(False))
print(str(2 ** 200))
print(len(str(2 ** 1000)))
print(str(-2 ** 100)[:10])
big = 1
i = 1
while i <= 30:
    big = big * i
    i += 1
print(big)
print(str(big)[::-1])
print(int(str(big)[::-1]))
