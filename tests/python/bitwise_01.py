# Bitwise operators on small ints
vals = [0, 1, 2, 5, 12, 255, -1, -2, -13]
for a in vals:
    print(a, a & 7, a | 8, a ^ 5, ~a, a << 3, a >> 1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 47, 1 << 48, 1 << 63, 1 << 64)
print(-1 << 10, -5 >> 1, -5 >> 10, 5 >> 10)
print(0xFF00 >> 8, 0xFF00 & 0x0FF0, 0x1234 ^ 0xFFFF)
print(True & False, True | False, True ^ True, ~True)
x = 0
for i in range(8):
    x = x | (1 << (i * 2))
print(x)
print(x & (x - 1))
print(x & -x)
