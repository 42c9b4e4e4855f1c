# Bit manipulation helpers
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

def bit_length(n):
    if n < 0:
        n = -n
    c = 0
    while n:
        n >>= 1
        c += 1
    return c

def reverse_bits(n, width):
    r = 0
    for i in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r

for n in [0, 1, 7, 8, 255, 256, 1023, 2 ** 47 - 1, 2 ** 64 - 1, 12345678901234567890]:
    print(n, popcount(n), bit_length(n))
print(reverse_bits(1, 8), reverse_bits(6, 4), reverse_bits(0b1011, 16))
print(reverse_bits(2 ** 47 - 1, 48))
mask = (1 << 48) - 1
v = 2 ** 47 + 5
print(v & mask, (v << 1) & mask, (v * 3) & mask)
print((-1) & mask, (-2 ** 47) & mask)
