# struct: bytes fields (c, s, p), padding (x) and booleans (?).
import struct

# 's' pads with NUL bytes or truncates to the given length
for value in (b'', b'ab', b'abcd', b'abcdefgh', bytearray(b'xyz')):
    packed = struct.pack('4s', value)
    print(repr(value), packed, struct.unpack('4s', packed))
print(struct.pack('s', b'long'), struct.pack('0s', b'ignored'),
      struct.unpack('0s', b''), struct.calcsize('10s'), struct.calcsize('0s'))

# 'p' is a Pascal string: a length byte, then the data
for value in (b'', b'hi', b'hello world'):
    packed = struct.pack('6p', value)
    print(repr(value), packed, struct.unpack('6p', packed))
long = struct.pack('300p', b'z' * 299)
print(long[0], len(long), struct.unpack('300p', long)[0] == b'z' * 255)
print(struct.unpack('4p', b'\x09abc'), struct.pack('1p', b'abc'))

# 'c' is a single byte; a count makes several items
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
print(struct.pack('c', bytes([200])), struct.unpack('c', b'\xff'))

# 'x' pads without consuming values
print(struct.pack('>bxxh', 1, 2), struct.unpack('>bxxh', b'\x01\xff\xff\x00\x02'))
print(struct.pack('3x'), struct.unpack('2xb', b'\x00\x00\x07'))

# '?' packs the truth value of anything; any nonzero byte unpacks as True
print(struct.pack('5?', 0, 1, [], 'x', None))
print(struct.unpack('<4?', b'\x00\x01\x02\xff'), struct.unpack('>?', b'\x80'),
      struct.unpack('@?', b'\x10'))

# a record mixing text and numbers, in network order
NAME = struct.Struct('!10sHB3x')
packed = NAME.pack('Ünïcode'.encode('utf-8'), 443, 7)
print(NAME.size, packed.hex())
name, port, flags = NAME.unpack(packed)
print(name.rstrip(b'\0').decode('utf-8'), port, flags)

# whitespace between items is ignored
print(struct.pack('< h  h\tb\n', 1, 2, 3), struct.calcsize(' i '))
print(struct.pack(b'<2h', 5, 6), struct.unpack(b'>h', b'\x00\x05'))
