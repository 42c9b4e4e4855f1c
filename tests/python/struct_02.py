# struct: floating point formats e, f and d, bit for bit.
import math
import struct

tests = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2.5, 65504.0, 65519.99, 1e-5,
         6e-8, 3e-8, 2 ** -24, 2 ** -25, 3.4028234663852886e38, 1e-45, 1e-40,
         float('inf'), float('-inf'), 123456.789, 16777217.0, 0.5 ** 126,
         1.17549421e-38, 5e-324, 1.7976931348623157e308]
for x in tests:
    parts = [repr(x)]
    for code in 'efd':
        fmt = '>' + code
        try:
            packed = struct.pack(fmt, x)
        except OverflowError as e:
            parts.append('%s:OverflowError(%s)' % (code, e))
            continue
        back, = struct.unpack(fmt, packed)
        parts.append('%s:%s=%r' % (code, packed.hex(), back))
    print(' '.join(parts))

# rounding to nearest, ties to even, for float32 and float16
def round_trip(code, x):
    try:
        return struct.unpack('<' + code, struct.pack('<' + code, x))[0]
    except OverflowError:
        return 'overflow'


for x in (1 + 2 ** -24, 1 + 3 * 2 ** -24, 1 + 2 ** -11, 1 + 3 * 2 ** -11,
          2049.0, 2051.0, 16777217.0, 16777219.0, 2 ** -149 * 1.5,
          2 ** -149 * 2.5, 2 ** -24 * 1.5, 2 ** -24 * 0.5, 65504.0, 65519.0,
          65520.0, 2 ** -14 * (1 - 2 ** -12), 2 ** -126 * (1 - 2 ** -25)):
    print(repr(x), round_trip('f', x), round_trip('e', x))

# NaN keeps its sign
for x in (float('nan'), -float('nan')):
    print([struct.pack(o + c, x).hex() for o in '<>' for c in 'efd'])
    print([math.isnan(struct.unpack('<' + c, struct.pack('<' + c, x))[0])
           for c in 'efd'],
          [math.copysign(1, struct.unpack('<' + c, struct.pack('<' + c, x))[0])
           for c in 'efd'])
print(struct.unpack('>e', bytes.fromhex('7c01')), struct.unpack('>e', bytes.fromhex('fc00')),
      struct.unpack('>f', bytes.fromhex('ff800001')), struct.unpack('<d', bytes(8)))

# overflow: standard f and every e raise, native f becomes infinity
for fmt, x in (('<f', 1e39), ('>f', -1e39), ('<f', 3.4028236e38), ('@f', 1e39),
               ('@f', -1e300), ('<e', 65520.0), ('>e', -1e6), ('@e', 70000.0),
               ('<d', 1e308), ('<f', 2 ** 200), ('<e', 2 ** 20), ('<d', 2 ** 1024)):
    try:
        print(fmt, repr(x), struct.pack(fmt, x).hex())
    except (OverflowError, struct.error) as e:
        print(fmt, repr(x), type(e).__name__, e)

# conversions: ints, __float__, __index__; strings are rejected
class Celsius:
    def __float__(self):
        return 21.5


class Count:
    def __index__(self):
        return 3


print(struct.pack('<dfe', 7, Celsius(), Count()).hex())
print(struct.unpack('<dfe', struct.pack('<dfe', True, False, 2)))
for bad in ('1.0', None, [1.0], b'1'):
    try:
        struct.pack('<d', bad)
    except struct.error as e:
        print(repr(bad), 'struct.error:', e)
