# random: randbytes() and getrandbits() -- sizes, byte order, zero and
# negative sizes, and how they relate to each other.
import random


def attempt(label, func, *args, **kwargs):
    try:
        print(label, '->', func(*args, **kwargs))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


r = random.Random(1)
print('randbytes(0):', r.randbytes(0))
print('randbytes(1..8):', [r.randbytes(n) for n in range(1, 9)])
print('randbytes(40):', r.randbytes(40).hex())
print('type/len:', type(r.randbytes(5)).__name__, len(r.randbytes(1000)))

# randbytes(n) is getrandbits(8n) in little-endian order.
a = random.Random(99)
b = random.Random(99)
for n in (1, 3, 4, 5, 17):
    print('little endian', n, a.randbytes(n) == b.getrandbits(8 * n).to_bytes(n, 'little'))

print('getrandbits(0):', r.getrandbits(0))
print('getrandbits small:', [r.getrandbits(k) for k in range(1, 11)])
print('getrandbits 31/32/33:', r.getrandbits(31), r.getrandbits(32), r.getrandbits(33))
print('getrandbits(64):', r.getrandbits(64))
print('getrandbits(1000) bits:', r.getrandbits(1000).bit_length() <= 1000)
print('getrandbits(128):', hex(r.getrandbits(128)))
print('bool arg:', r.getrandbits(True) in (0, 1))

# 32-bit words: getrandbits(32) twice == getrandbits(64) (low word first).
c = random.Random(5)
d = random.Random(5)
lo = c.getrandbits(32)
hi = c.getrandbits(32)
print('word order:', d.getrandbits(64) == (hi << 32) | lo)

attempt('randbytes(-1)', r.randbytes, -1)
attempt('randbytes(1.5)', r.randbytes, 1.5)
attempt('randbytes("2")', r.randbytes, '2')
attempt('randbytes()', r.randbytes)
attempt('getrandbits(-1)', r.getrandbits, -1)
attempt('getrandbits(2.0)', r.getrandbits, 2.0)
attempt('getrandbits(None)', r.getrandbits, None)

# Module-level versions share the hidden generator.
random.seed(2)
x = random.randbytes(6)
y = random.getrandbits(20)
random.seed(2)
print('module:', random.randbytes(6) == x, random.getrandbits(20) == y, x)
