# array: machine representation (tobytes, frombytes, byteswap) and 'f'.
from array import array

for code, values in (('b', [-1, 2]), ('B', [1, 255]), ('h', [1, -2]),
                     ('H', [258]), ('i', [1, -1]), ('I', [0xDEADBEEF]),
                     ('l', [-2]), ('L', [3]), ('q', [2 ** 40]), ('Q', [1]),
                     ('f', [1.5, -0.1]), ('d', [2.0]), ('u', 'A€😀')):
    a = array(code, values)
    raw = a.tobytes()
    b = array(code)
    b.frombytes(raw)
    print(code, a.itemsize, raw.hex(), b == a, bytes(a) == raw)
    if code != 'u':
        a.byteswap()
        print('  swapped', a.tobytes().hex())
        a.byteswap()
        print('  back   ', a == b)

# frombytes accepts any bytes-like object and checks the length
h = array('h')
h.frombytes(b'\x01\x00')
h.frombytes(bytearray(b'\x02\x00'))
h.frombytes(memoryview(b'\x03\x00\x04\x00'))
h.frombytes(array('b', [5, 0]))
print(h)
for bad in (b'\x01', 'ab', 5):
    try:
        h.frombytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(h)

# 'f' items are stored in single precision
f = array('f', [0.1, 1 / 3, 16777217.0, 1e-46, 3.4028235e38, 1e39, -1e39])
print(f)
print(f[0] == 0.1, f[0], f.tolist()[1])
f[0] = 0.2
f.append(2 ** 0.5)
print(f[0], f[-1])
f2 = array('f', f.tobytes())
print(f2 == f, f2.tobytes() == f.tobytes())
print(array('d', [0.1]).tobytes().hex(), array('f', [0.1]).tobytes().hex())

# the same data seen through different type codes
raw = array('B', range(8)).tobytes()
print(array('H', raw), array('I', raw), array('Q', raw))
print(array('b', array('B', [200, 100]).tobytes()))
print(array('u', array('I', [72, 105]).tobytes()))
