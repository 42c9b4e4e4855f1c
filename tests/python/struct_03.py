# struct: error messages for out-of-range and mistyped arguments.
import struct


def try_pack(fmt, *args):
    try:
        return struct.pack(fmt, *args).hex()
    except (struct.error, OverflowError, TypeError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)


# each byte order reports range errors its own way (as CPython does)
for order in '@=<>!':
    for code in 'bBhHiIlLqQ':
        size = struct.calcsize(order + code)
        bits = 8 * size
        low, high = ((-2 ** (bits - 1), 2 ** (bits - 1) - 1) if code.islower()
                     else (0, 2 ** bits - 1))
        print(order + code, '|', try_pack(order + code, high + 1), '|',
              try_pack(order + code, low - 1), '|', try_pack(order + code, 2 ** 64))
for code in 'nNP':
    print(code, '|', try_pack(code, 2 ** 64), '|', try_pack(code, -2 ** 63 - 1))

# only integers (or objects with __index__) are accepted for integer codes
for value in (1.0, '1', None, [1], 2 + 0j):
    print(repr(value), try_pack('i', value), '|', try_pack('>Q', value))


class BadIndex:
    def __index__(self):
        return 'not an int'


print(try_pack('i', BadIndex()))

# chars, strings and bools
print(try_pack('c', 'a'), '|', try_pack('c', b'ab'), '|', try_pack('c', 97))
print(try_pack('3s', 'abc'), '|', try_pack('p', 5), '|', try_pack('s', None))


class NoTruth:
    def __bool__(self):
        raise ValueError('truth undefined')


print(try_pack('?', NoTruth()))

# item count mismatches
print(try_pack('ii', 1))
print(try_pack('i', 1, 2))
print(try_pack('3s', b'a', b'b'))
print(try_pack('x', 0))
print(try_pack('2x'))

# malformed formats
for fmt in ('z', 'i z', '3', '<<i', '3 i', 'P<', '<P', '>n', '!N', 'i\x00',
            '99999999999999999999i', '4611686018427387904q'):
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'struct.error:', e)
for fmt in (5, None, ['i']):
    try:
        struct.calcsize(fmt)
    except TypeError as e:
        print('TypeError:', e)

# struct.error is an ordinary Exception subclass
print(issubclass(struct.error, Exception), struct.error.__name__,
      struct.error.__module__)
try:
    struct.unpack('<h', b'\x01')
except struct.error as e:
    print('caught', type(e).__name__, e.args)
