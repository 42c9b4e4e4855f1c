# struct: integers in every byte order, sizes and native alignment.
import struct

values = {'b': -5, 'B': 200, 'h': -1234, 'H': 54321, 'i': -123456789,
          'I': 3000000000, 'l': -7, 'L': 7, 'q': -(2 ** 40), 'Q': 2 ** 63 + 5}
for order in ('@', '=', '<', '>', '!'):
    row = []
    for code, value in values.items():
        fmt = order + code
        packed = struct.pack(fmt, value)
        back, = struct.unpack(fmt, packed)
        assert back == value, (fmt, back)
        row.append('%s:%d:%s' % (code, struct.calcsize(fmt), packed.hex()))
    print(order, ' '.join(row))

# native-only codes
for code, value in (('n', -99), ('N', 99), ('P', 0x1234)):
    packed = struct.pack(code, value)
    print(code, struct.calcsize(code), packed.hex(), struct.unpack(code, packed))
print(struct.unpack('P', struct.pack('P', -1)))

# extremes of each type round-trip
for fmt, lo, hi in (('<b', -128, 127), ('<B', 0, 255), ('>h', -32768, 32767),
                    ('>H', 0, 65535), ('<i', -2 ** 31, 2 ** 31 - 1),
                    ('<I', 0, 2 ** 32 - 1), ('>q', -2 ** 63, 2 ** 63 - 1),
                    ('>Q', 0, 2 ** 64 - 1), ('=l', -2 ** 31, 2 ** 31 - 1),
                    ('@l', -2 ** 63, 2 ** 63 - 1)):
    print(fmt, struct.unpack(fmt * 2, struct.pack(fmt * 2, lo, hi)) if False else
          struct.unpack(fmt[0] + '2' + fmt[1], struct.pack(fmt[0] + '2' + fmt[1], lo, hi)))

# native mode aligns each item to its size; standard modes never pad
for fmt in ('bi', '@bi', '=bi', '<bi', 'ib', 'bhbq', '<bhbq', 'cd', 'c0q',
            'bq0i', '3b', 'b3i', '?h', 'he', 'bP', '0i', 'i0q', 'x', '5x', 'xi',
            'ch?iqdfe'):
    print('%-9s %2d' % (fmt, struct.calcsize(fmt)))

# the padding bytes are zero
print(struct.pack('bi', 1, 2).hex(), struct.pack('<bi', 1, 2).hex(),
      struct.pack('@h0q', 7).hex())

# True/False and objects with __index__ are integers
class Flags:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(struct.pack('<?BhI', True, True, Flags(-2), Flags(7)).hex())
print(struct.unpack('<4B', struct.pack('<i', -2)))
print(struct.unpack('>4B', struct.pack('>i', -2)))
# counts repeat a code
print(struct.pack('<3h2B', 1, -1, 256, 0, 255).hex())
print(struct.unpack('<3h2B', bytes(range(8))))
